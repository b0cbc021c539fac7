import { DomainError } from '../../../shared/contract/errors.ts';
import { importRefusalSchema } from '../../../shared/import/refusal.ts';
import { readFile } from './read-file.ts';
import { readerInputSchema, type ReaderAnswer } from './reader-messages.ts';

// The reading process's entry (see read-table.ts): one file in, one answer out, then it exits.
const answer = (message: ReaderAnswer) => {
  // Disconnects once the answer is on its way, so the process ends and the parent hears `close` after the message.
  process.send?.(message, () => process.disconnect?.());
};
process.once('message', (message: unknown) => {
  const { fileName, bytes } = readerInputSchema.parse(message);
  readFile(fileName, bytes).then(
    (table) => answer({ ok: true, table }),
    (error: unknown) => {
      if (error instanceof DomainError && error.detail)
        answer({ ok: false, refusal: importRefusalSchema.parse(error.detail) });
      else answer({ ok: false, failure: error instanceof Error ? error.message : String(error) });
    },
  );
});
