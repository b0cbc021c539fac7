export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A CSV's text in whichever encoding Excel wrote it: UTF-8 with a BOM ("CSV UTF-8"), UTF-16 LE
 * with a BOM ("Unicode text"), or on Dutch Windows plain "CSV" in Windows-1252. Without a BOM,
 * UTF-16 shows as a zero byte in every other position of ASCII text, and a strict UTF-8 decode
 * tells UTF-8 from Windows-1252 (an é in 1252 is one byte that is never valid UTF-8 on its own).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const withBom = (encoding: TextEncoding, bom: number) => ({
    text: new TextDecoder(encoding).decode(bytes.subarray(bom)),
    encoding,
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withBom('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom('utf-16be', 2);
  const utf16 = utf16WithoutBom(bytes.subarray(0, 4096));
  if (utf16) return withBom(utf16, 0);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return withBom('windows-1252', 0);
  }
}

function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, i) => {
    if (byte === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}
