import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Bytes kept from the start of an upload to decide its type. */
const headBytes = 4100;

/** A file written to a temporary path while it was hashed and measured. */
export interface ReceivedFile {
  tempPath: string;
  sha256: string;
  size: number;
  head: Buffer;
}

/**
 * Content-addressed storage under DATA_DIR/files: a file's bytes live at
 * files/<ab>/<cd>/<sha256>, written once, so the same attachment uploaded
 * twice takes its space once and a stored file can never change.
 */
export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const pathOf = (sha256: string) =>
    path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  return {
    async receive(source: Readable): Promise<ReceivedFile> {
      await mkdir(path.join(root, 'tmp'), { recursive: true });
      const tempPath = path.join(root, 'tmp', randomUUID());
      const hash = createHash('sha256');
      const heads: Buffer[] = [];
      let size = 0;
      let kept = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          if (kept < headBytes) {
            heads.push(chunk.subarray(0, headBytes - kept));
            kept += Math.min(chunk.length, headBytes - kept);
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, measure, createWriteStream(tempPath, { flags: 'wx' }));
      } catch (error) {
        await rm(tempPath, { force: true });
        throw error;
      }
      return { tempPath, sha256: hash.digest('hex'), size, head: Buffer.concat(heads) };
    },

    /** Moves a received file to its address (or drops it when those bytes are stored already). */
    async keep(file: ReceivedFile): Promise<void> {
      const target = pathOf(file.sha256);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (exists) {
        await rm(file.tempPath, { force: true });
        return;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file.tempPath, target);
    },

    async discard(file: ReceivedFile): Promise<void> {
      await rm(file.tempPath, { force: true });
    },

    open(sha256: string): Readable {
      return createReadStream(pathOf(sha256));
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
