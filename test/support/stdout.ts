import { jest } from '@jest/globals';

/** What the code under test writes to stdout, kept instead of printed; `restore` puts stdout back. */
export function captureStdout(): { readonly text: string; clear(): void; restore(): void } {
  let text = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return {
    get text() {
      return text;
    },
    clear() {
      text = '';
    },
    restore() {
      spy.mockRestore();
    },
  };
}
