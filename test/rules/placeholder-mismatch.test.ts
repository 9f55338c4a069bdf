import { describe, it } from 'vitest';
import rule from '../../rules/placeholder-mismatch.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

const xliff = (source: string, target: string): string =>
  `<xliff version="1.2"><file><body><trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;

/** Where the target's content starts in `xliff('打开 <x id="1"/> 文件', …)`. */
const XT = xliff('打开 <x id="1"/> 文件', '').indexOf('<target>') + '<target>'.length;

describe('placeholder-mismatch', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('删除 %s 个文件？', 'Delete %s files?'),
        po('%1$s 发送给 %2$s', '%2$s received it from %1$s'),
        po('你好，{name}', 'Hello, {name}'),
        po('欢迎 {{ user }}', 'Welcome {{user}}'),
        po('<b>注意</b>：已保存', '<b>Note</b>: saved'),
        po('{count, plural, other {# 个文件}}', '{count, plural, one {# file} other {# files}}'),
        xliff('打开 <x id="1"/> 文件', 'Open <x id="1"/> the file'),
        xliff('<g id="1">粗体</g>', 'In <g id="1">bold</g>'),
        'Delete %s files? (no source)',
      ],
      invalid: [
        { text: po('删除 %s 个文件？', 'Delete % s files?'), errors: [{ range: tgt('删除 %s 个文件？', 0, 17), message: 'The translation lacks %s from the source.' }] },
        { text: po('你好，{name}', 'Hello, {名字}'), errors: [
          { range: tgt('你好，{name}', 0, 11), message: 'The translation lacks {name} from the source.' },
          { range: tgt('你好，{name}', 0, 11), message: '{名字} is not in the source.' },
        ] },
        { text: po('<b>注意</b>：已保存', '<b>Note: saved'), errors: [{ range: tgt('<b>注意</b>：已保存', 0, 14), message: 'The translation lacks </b> from the source.' }] },
        { text: po('欢迎 {{user}}', 'Welcome {{user}} and {{user}}'), errors: [{ range: tgt('欢迎 {{user}}', 21, 29), message: '{{user}} is not in the source.' }] },
        { text: po('%s 和 %s', '%s'), errors: [{ range: tgt('%s 和 %s', 0, 2), message: 'The translation lacks %s from the source.' }] },
        // an XLIFF inline tag is an atom in the prose: the diagnostic points at the tag in the file
        { text: xliff('打开 <x id="1"/> 文件', 'Open <x id="2"/> the file'), errors: [
          { range: [XT, XT + 25], message: 'The translation lacks <x id="1"/> from the source.' },
          { range: [XT + 5, XT + 16], message: '<x id="2"/> is not in the source.' },
        ] },
      ],
    }));
});
