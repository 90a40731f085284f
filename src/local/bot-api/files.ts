import { createHash } from "node:crypto";
import type { File } from "grammy/types";
import { badRequest } from "./params.ts";

interface StoredFile {
  file: File & { file_path: string };
  bytes: Uint8Array;
}

/**
 * Files users send, as the Bot API keeps them: `getFile` answers with a `file_path`, and the bytes are served
 * under `/file/bot<token>/<file_path>`. Ids are derived from the bytes, so the same picture sent twice has the
 * same `file_unique_id`, as in Telegram.
 */
export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();

  /** Keeps a file and returns what a message carries of it. */
  add(bytes: Uint8Array, extension: string): File & { file_path: string } {
    const hash = createHash("sha1").update(bytes).digest("base64url");
    const file = {
      file_id: `file-${hash}-${this.byId.size + 1}`,
      file_unique_id: `u${hash.slice(0, 15)}`,
      file_size: bytes.byteLength,
      file_path: `photos/file_${this.byId.size}.${extension}`,
    };
    const stored = { file, bytes };
    this.byId.set(file.file_id, stored);
    this.byPath.set(file.file_path, stored);
    return file;
  }

  getFile(fileId: string | undefined): File {
    const stored = fileId === undefined ? undefined : this.byId.get(fileId);
    if (!stored) throw badRequest("invalid file_id");
    return stored.file;
  }

  /** The bytes under a file path, or undefined (the server answers 404). */
  read(filePath: string): Uint8Array | undefined {
    return this.byPath.get(filePath)?.bytes;
  }
}
