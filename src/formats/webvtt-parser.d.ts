/** Types for the parts of webvtt-parser (the W3C's WebVTT parser and validator) mtlint uses. */
declare module 'webvtt-parser' {
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
  }
  export interface WebVTTParseResult {
    cues: WebVTTCue[];
    errors: Array<{ message: string; line: number; col: number }>;
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): WebVTTParseResult;
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
