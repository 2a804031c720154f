/** A file with the path it had inside a dropped or chosen folder (its bare name when it came alone). */
export interface PickedFile {
  file: File;
  path: string;
}

/**
 * The files of a drop, folders walked to the bottom. Browsers hand a dropped folder over as an entry
 * whose reader yields its children a hundred or so at a time; files dropped alone are taken as they are.
 */
export async function collectDroppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return Array.from(data.files).map((file) => ({ file, path: file.name }));
  const out: PickedFile[] = [];
  const stack = entries as FileSystemEntry[];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (isFile(entry)) out.push({ file: await new Promise<File>((resolve, reject) => entry.file(resolve, reject)), path: entry.fullPath.replace(/^\//, '') });
    else if (isDirectory(entry)) stack.push(...(await readAll(entry.createReader())));
  }
  return out.sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
}

/** Files chosen with a folder picker (input webkitdirectory) or a plain file picker. */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
