"""Refuse hostile spreadsheet files before any parser sees them.

xlsx and ods files are zip archives of XML. A zip bomb (a small file that unpacks to
gigabytes) or an XML entity bomb (billion laughs, XXE) could freeze or crash the PC of
whoever opens a file a "supplier" sent. Both are recognised here, before parsing:

- the sizes the archive declares (total > 500 MB, or a member > 10 MB packed more
  than 200:1);
- the sizes it really unpacks to: declared sizes can lie, so every part the parser
  reads is inflated once, counting bytes (no output kept) and stopping at the limits
  - a bomb is refused after a few MB of work, an honest 100k-row file costs ~0.1 s;
- the XML prolog of each part: a DOCTYPE or ENTITY declaration (spreadsheets never
  have one), or no root element within the first 64 KiB, is refused.
"""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr

MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_FROM = 10 * 1024 * 1024
XML_PEEK = 64 * 1024
MAX_MEMBERS = 10_000
# Parts a spreadsheet parser reads; pictures and other media are never parsed.
PARSED_SUFFIXES = (".xml", ".rels", ".bin", ".vml")
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_:]")
_CHUNK = 1 << 20
_OUT_CHUNK = 1 << 22


class ImportRefused(ShopError):
    """The file is refused as it is: not a spreadsheet, damaged, or dangerous."""


class _Bomb(Exception):
    pass


def check_zip_archive(path: Path) -> None:
    """Raise ImportRefused unless `path` is a zip a spreadsheet parser can safely open."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError):
        raise ImportRefused(tr("Excel", "{file} is not a valid Excel/ODS file (damaged, or another kind of file "
                                        "with the wrong ending).").format(file=path.name)) from None
    except OSError as error:
        raise ImportRefused(tr("Excel", "{file} cannot be opened: {reason}").format(
            file=path.name, reason=error.strerror or error)) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _bomb(path)
        declared = sum(member.file_size for member in members)
        if declared > MAX_TOTAL_BYTES:
            raise ImportRefused(tr("Excel", "{file} would unpack to {size} MB: refused (a spreadsheet for the shop "
                                            "is never that large; it may be a zip bomb).").format(
                file=path.name, size=declared // (1024 * 1024)))
        for member in members:
            if _too_packed(member.file_size, member.compress_size):
                raise _bomb(path)
        total = 0
        with open(path, "rb") as handle:
            for member in members:
                if member.is_dir() or not member.filename.lower().endswith(PARSED_SUFFIXES):
                    total += member.file_size
                    continue
                try:
                    head, size = _inflate(handle, member, MAX_TOTAL_BYTES - total)
                except _Bomb:
                    raise _bomb(path) from None
                except (zlib.error, struct.error, ValueError, OSError, EOFError):
                    raise ImportRefused(tr("Excel", "{file} is damaged ({part} cannot be unpacked).").format(
                        file=path.name, part=member.filename)) from None
                total += size
                if member.filename.lower().endswith(".bin"):
                    continue  # xlsb's binary parts have no XML prolog
                text = head.replace(b"\0", b"")  # UTF-16 parts: compare the ASCII letters
                root = _ROOT_ELEMENT.search(text)
                prolog = text[:root.start()] if root else text
                if _DECLARATION.search(prolog) or (root is None and size > len(head)):
                    raise ImportRefused(tr("Excel", "{file} contains XML declarations that spreadsheets never need "
                                                    "(possible XML bomb): refused.").format(file=path.name))


def _too_packed(size: int, packed: int) -> bool:
    return size > RATIO_CHECK_FROM and size > MAX_RATIO * max(packed, 1)


def _bomb(path: Path) -> ImportRefused:
    return ImportRefused(tr("Excel", "{file} is compressed suspiciously well: refused as a possible zip bomb.")
                         .format(file=path.name))


def _inflate(handle: BinaryIO, member: zipfile.ZipInfo, budget: int) -> tuple[bytes, int]:
    """(the first XML_PEEK bytes, the real unpacked size) of one member, read from its raw
    data: a lying header is caught, and the work stops as soon as a limit is passed."""
    handle.seek(member.header_offset)
    local = handle.read(30)
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        raise ValueError("no local header")
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(member.header_offset + 30 + name_length + extra_length)
    remaining = member.compress_size
    if member.compress_type == zipfile.ZIP_STORED:
        head = handle.read(min(XML_PEEK, remaining))
        if member.file_size != remaining:
            raise ValueError("stored size mismatch")
        if remaining > budget:
            raise _Bomb()
        return head, remaining
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise ValueError("compression method not used by spreadsheets")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    head = b""
    size = 0
    while remaining > 0 and not inflater.eof:
        chunk = handle.read(min(_CHUNK, remaining))
        if not chunk:
            raise EOFError("truncated member")
        remaining -= len(chunk)
        data = chunk
        while True:  # drain with bounded output: one chunk of a bomb may hold gigabytes
            out = inflater.decompress(data, _OUT_CHUNK)
            data = inflater.unconsumed_tail
            if len(head) < XML_PEEK:
                head += out[:XML_PEEK - len(head)]
            size += len(out)
            if size > budget or size > member.file_size + _OUT_CHUNK or _too_packed(size, member.compress_size):
                raise _Bomb()
            if inflater.eof or (not data and len(out) < _OUT_CHUNK):
                break
    return head, size
