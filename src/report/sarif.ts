import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprint } from '../ci/baseline.js';
import { LineIndex } from '../text/line-index.js';
import type { Diagnostic, Fix, Range, Rule } from '../types.js';
import { HOMEPAGE, allFixes, pathInside, relativePath, ruleDocsUrl } from './common.js';
import { mqmIssueType, mqmSeverity, resolveWeights, scoreResults, type QualityScore } from './score.js';
import type { FileResult, Reporter, ReportContext } from './types.js';

/** The uriBaseId result locations are relative to; `originalUriBaseIds` maps it to the run's folder. */
export const SRCROOT = '%SRCROOT%';

/** Key of mtlint's fingerprint in `partialFingerprints` (the baseline fingerprint, see src/ci/baseline.ts). */
export const FINGERPRINT_KEY = 'mtlintFingerprint/v1';

type Json = Record<string, unknown>;

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

/** A file's location: relative to %SRCROOT% inside the run's folder, else an absolute file URI. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const inside = pathInside(filePath, cwd);
  if (inside !== undefined) return { uri: encodePath(inside), uriBaseId: SRCROOT };
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: encodePath(relativePath(filePath, cwd)) };
}

function region(lines: LineIndex, range: Range): Json {
  const s = lines.position(range[0]);
  const e = lines.position(range[1]);
  return {
    startLine: s.line,
    startColumn: s.column,
    endLine: e.line,
    endColumn: e.column,
    charOffset: range[0],
    charLength: range[1] - range[0],
  };
}

const level = (d: Pick<Diagnostic, 'severity' | 'fatal'>): 'error' | 'warning' => (d.fatal || d.severity === 'error' ? 'error' : 'warning');

/** A Markdown code span that holds any text: a fence longer than its longest backtick run, line breaks shown as ↵. */
function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, '↵');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function ruleHelpMarkdown(rule: Rule): string {
  const lines = [rule.docs.why];
  if (rule.docs.invalid.length) {
    lines.push('', 'Flagged:');
    for (const ex of rule.docs.invalid) lines.push(`- ${codeSpan(ex.text)}${ex.output !== undefined ? ` → ${codeSpan(ex.output)}` : ''}`);
  }
  if (rule.docs.valid.length) {
    lines.push('', 'Not flagged:');
    for (const ex of rule.docs.valid) lines.push(`- ${codeSpan(ex)}`);
  }
  return lines.join('\n');
}

/** A SARIF reportingDescriptor from a rule's meta and docs. */
function ruleDescriptor(rule: Rule): Json {
  const { meta, docs } = rule;
  const helpUri = ruleDocsUrl(rule.id);
  const mqm = mqmIssueType(meta);
  return {
    id: rule.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: docs.why || meta.description },
    help: { text: docs.why || meta.description, markdown: ruleHelpMarkdown(rule) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: level({ severity: meta.defaultSeverity }) },
    properties: {
      category: meta.category,
      mqmIssueType: mqm,
      fixable: meta.fixable,
      preset: meta.preset,
      ...(meta.precision !== undefined ? { precision: meta.precision } : {}),
      tags: ['mtlint', meta.category, mqm],
    },
  };
}

function sarifFix(fix: Fix, location: ArtifactLocation, lines: LineIndex): Json {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((e) => ({
          deletedRegion: region(lines, e.range),
          ...(e.text ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
    properties: { applicability: fix.applicability },
  };
}

function scoreProperties(s: QualityScore): Json {
  return { qualityScore: s.score, penaltyPer1000Words: s.penaltyPer1000Words, penalty: s.penalty, words: s.words, counts: s.counts };
}

/** Builds the SARIF 2.1.0 log object (one run) for a set of results. */
export function toSarif(results: readonly FileResult[], ctx: ReportContext): Json {
  const weights = resolveWeights(ctx.weights);
  const scores = ctx.scores ?? scoreResults(results, weights);

  const descriptors: Json[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of [...ctx.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    ruleIndex.set(rule.id, descriptors.length);
    descriptors.push(ruleDescriptor(rule));
  }
  const indexOf = (d: Diagnostic): number => {
    let i = ruleIndex.get(d.ruleId);
    if (i === undefined) {
      i = descriptors.length;
      ruleIndex.set(d.ruleId, i);
      descriptors.push({ id: d.ruleId, shortDescription: { text: d.fatal ? 'mtlint failed while running a rule' : d.ruleId } });
    }
    return i;
  };

  const artifacts: Json[] = [];
  const artifactIndex = new Map<string, number>();
  const sarifResults: Json[] = [];
  results.forEach((r, fileNo) => {
    const base = artifactLocation(r.filePath, ctx.cwd);
    let index = artifactIndex.get(base.uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(base.uri, index);
      artifacts.push({ location: base, properties: scoreProperties(scores.files[fileNo]) });
    }
    const location = { ...base, index };
    const lines = new LineIndex(r.source);
    for (const d of r.diagnostics) {
      const fixes = allFixes(d).map((f) => sarifFix(f, location, lines));
      const unique = fixes.length > 1 ? [...new Map(fixes.map((f) => [JSON.stringify(f), f])).values()] : fixes;
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex: indexOf(d),
        level: level(d),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, charOffset: d.range[0], charLength: d.range[1] - d.range[0] },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, r.source) },
        ...(unique.length ? { fixes: unique } : {}),
        properties: { category: d.category, mqmIssueType: mqmIssueType(d), mqmSeverity: mqmSeverity(d) },
      });
    }
  });

  const root = pathToFileURL(ctx.cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtlint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: HOMEPAGE,
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: !results.some((r) => r.diagnostics.some((d) => d.fatal)) }],
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        newlineSequences: ['\r\n', '\n', '\r'],
        properties: { ...scoreProperties(scores.total), weights, byIssueType: scores.total.byIssueType },
      },
    ],
  };
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers; the quality score is in `runs[0].properties`. */
const sarifReporter: Reporter = (results, ctx) => `${JSON.stringify(toSarif(results, ctx), null, 2)}\n`;

export default sarifReporter;
