"""Refuse hostile spreadsheet files before any parser sees them.

xlsx and ods files are zip archives of XML: a zip bomb (a tiny file that unpacks to
gigabytes) or an XML entity bomb (billion laughs) can freeze the PC. Both are
recognised from the archive's directory and the first bytes of each XML part, in
milliseconds, whatever the size they claim.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr

MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_FROM = 10 * 1024 * 1024
XML_PEEK = 64 * 1024


class ImportRefused(ShopError):
    """The file is refused as it is: not a spreadsheet, damaged, or dangerous."""


def check_zip_archive(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportRefused(tr("Excel", "{file} is not a valid Excel/ODS file (damaged, or another kind of file "
                                        "with the wrong ending).").format(file=path.name)) from None
    with archive:
        members = archive.infolist()
        total = sum(member.file_size for member in members)
        if total > MAX_TOTAL_BYTES:
            raise ImportRefused(tr("Excel", "{file} would unpack to {size} MB: refused (a spreadsheet for the shop "
                                            "is never that large; it may be a zip bomb).").format(
                file=path.name, size=total // (1024 * 1024)))
        for member in members:
            if member.file_size > RATIO_CHECK_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise ImportRefused(tr("Excel", "{file} is compressed suspiciously well ({part}): refused as a "
                                                "possible zip bomb.").format(file=path.name, part=member.filename))
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue
            with archive.open(member) as handle:
                head = handle.read(XML_PEEK)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ImportRefused(tr("Excel", "{file} contains XML declarations that spreadsheets never need "
                                                "(possible XML bomb): refused.").format(file=path.name))
