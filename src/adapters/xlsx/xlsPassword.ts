/**
 * Whether an Excel 97-2003 file (.xls) has a password to open: its Workbook
 * stream's globals begin with a BOF record, then (after an optional
 * WriteProtect) a FILEPASS record ([MS-XLS] §2.1.7.20.1 and §2.4.117; these
 * records are never encrypted). The stream is found in the OLE compound file
 * by its directory entry ([MS-CFB] §2.2 header, §2.6 directory entries,
 * §2.3 FAT, §2.5 mini stream); only its first bytes are read.
 */

const BOF_TYPES = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const WRITE_PROTECT = 0x0086;
const FILE_PASS = 0x002f;
const STREAM = 2;
const END_OF_CHAIN = 0xfffffffe;
const STREAM_NAMES = [Buffer.from("Workbook\0", "utf16le"), Buffer.from("Book\0", "utf16le")];

/** Whether `bytes`, an OLE compound file holding a .xls, has a FILEPASS record at the start of its workbook globals. */
export function xlsHasPassword(bytes: Buffer): boolean {
  try {
    const start = workbookStreamStart(bytes);
    return start !== undefined && startsWithFilePass(bytes, start);
  } catch {
    return false; // a directory or chain that points outside the file: not told
  }
}

function startsWithFilePass(bytes: Buffer, start: number): boolean {
  if (!BOF_TYPES.has(bytes.readUInt16LE(start))) return false;
  let at = start + 4 + bytes.readUInt16LE(start + 2);
  if (bytes.readUInt16LE(at) === WRITE_PROTECT) at += 4 + bytes.readUInt16LE(at + 2);
  return bytes.readUInt16LE(at) === FILE_PASS;
}

/** The file offset of the workbook stream's first byte, or undefined when no stream of its name is in the directory. */
function workbookStreamStart(bytes: Buffer): number | undefined {
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  const miniSectorSize = 1 << bytes.readUInt16LE(0x20);
  const miniCutoff = bytes.readUInt32LE(0x38);
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = bytes.readUInt32LE(0x4c + 4 * Math.floor(sector / perSector)); // the header's 109 DIFAT entries
    return bytes.readUInt32LE(sectorOffset(fatSector) + 4 * (sector % perSector));
  };
  const entry = streamEntry(bytes);
  if (entry === undefined) return undefined;
  const first = bytes.readUInt32LE(entry + 0x74);
  const size = bytes.readUInt32LE(entry + 0x78);
  if (size >= miniCutoff) return sectorOffset(first);
  // In the mini stream, itself a chain of sectors from the root entry (the directory's first entry).
  const root = sectorOffset(bytes.readUInt32LE(0x30));
  let sector = bytes.readUInt32LE(root + 0x74);
  const at = first * miniSectorSize;
  for (let skip = Math.floor(at / sectorSize); skip > 0; skip--) {
    sector = next(sector);
    if (sector === END_OF_CHAIN) return undefined;
  }
  return sectorOffset(sector) + (at % sectorSize);
}

/** The offset of the directory entry of the stream `Workbook` (or BIFF5's `Book`). */
function streamEntry(bytes: Buffer): number | undefined {
  for (const name of STREAM_NAMES) {
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (at % 128 === 0 && bytes.readUInt16LE(at + 0x40) === name.length && bytes[at + 0x42] === STREAM) return at;
    }
  }
  return undefined;
}
