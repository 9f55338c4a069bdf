import { describe, expect, it } from 'vitest';
import { minParallelBytes, streamHeapMb } from '../../src/cli/pool.js';

describe('pool settings from the environment', () => {
  it('reads MTLINT_PARALLEL_MIN_MB as plain decimal megabytes, zero allowed, else 8', () => {
    expect(minParallelBytes({})).toBe(8_000_000);
    expect(minParallelBytes({ MTLINT_PARALLEL_MIN_MB: '0.5' })).toBe(500_000);
    expect(minParallelBytes({ MTLINT_PARALLEL_MIN_MB: ' 2 ' })).toBe(2_000_000);
    expect(minParallelBytes({ MTLINT_PARALLEL_MIN_MB: '0' })).toBe(0);
    for (const bad of ['', ' ', '\t', 'abc', '-1', 'Infinity', '1e3', '0x10']) expect(minParallelBytes({ MTLINT_PARALLEL_MIN_MB: bad })).toBe(8_000_000);
  });

  it('reads MTLINT_STREAM_HEAP_MB as a positive number of megabytes, else 256', () => {
    expect(streamHeapMb({})).toBe(256);
    expect(streamHeapMb({ MTLINT_STREAM_HEAP_MB: '512' })).toBe(512);
    for (const bad of ['', ' ', '0', '-5', 'lots']) expect(streamHeapMb({ MTLINT_STREAM_HEAP_MB: bad })).toBe(256);
  });
});
