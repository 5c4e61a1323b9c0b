"""The command line with the odd arguments of the import review: a plain message naming the
file, never "Unexpected error", and never a user's file replaced by one of ours."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shopmanager.cli import main
from shopmanager.db.models import Product

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "review"


def run(db, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", "--user", "owner", *argv])


@pytest.fixture
def cli(sqlite_db, sqlite_shop, monkeypatch):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    return sqlite_db


@pytest.mark.parametrize("content", [b"\xb6\xa9\xb5\xa5\xb1\xe0\xba\xc5,x\r\n", b"[1, 2]", b'{"\xe8\xb4\xa7\xe5\x8f\xb7": 5}'])
def test_a_mapping_file_that_is_not_a_mapping_is_named(cli, tmp_path, capsys, content):
    mapping = tmp_path / "mapping.json"
    mapping.write_bytes(content)
    assert run(cli, "import", "products", str(FILES / "products-gbk.csv"), "--mapping", str(mapping)) == 2
    err = capsys.readouterr().err
    assert f"{mapping} is not a mapping file" in err and "Unexpected" not in err
    assert not Product.select().where(Product.sku == "TEA-100").exists()


def test_the_error_file_never_replaces_the_file_being_imported(cli, tmp_path, capsys):
    source = tmp_path / "products.csv"
    source.write_bytes(b"\xbb\xf5\xba\xc5,\xc9\xcc\xc6\xb7\xc3\xfb\xb3\xc6,\xca\xdb\xbc\xdb\r\nA1,x,\"12,5\"\r\n")  # 货号,商品名称,售价 GBK
    before = source.read_bytes()
    assert run(cli, "import", "products", str(source), "--errors", str(source)) == 2
    assert "choose another name for the error file" in capsys.readouterr().err
    assert source.read_bytes() == before
    assert run(cli, "import", "products", str(source), "--errors", str(tmp_path / "errors.csv")) == 2
    assert "give it a name ending in .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "errors.csv").exists()
    assert run(cli, "import", "products", str(source), "--errors", str(tmp_path / "errors.xlsx")) == 1
    assert (tmp_path / "errors.xlsx").read_bytes()[:2] == b"PK" and source.read_bytes() == before


def test_an_export_is_never_an_xlsx_named_csv(cli, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(cli, "export", "products", str(folder / "products.csv")) == 2
    assert "give it a name ending in .xlsx" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_a_folder_given_as_the_file_to_import(cli, tmp_path, capsys):
    shutil.copy(FILES / "products-gbk.csv", tmp_path / "p.csv")
    assert run(cli, "import", "products", str(tmp_path)) == 2
    assert f"{tmp_path} is a folder, not a file" in capsys.readouterr().err


def test_another_shops_backup_is_refused_unless_the_owner_says_so(cli, tmp_path, capsys):
    import sqlite3

    from shopmanager.services import auth, backup, products, restore, settings

    owner = auth.login("owner", "demo-pass-1")
    mine = backup.make_backup(owner, folder=tmp_path / "backups").info.path
    theirs = tmp_path / "branch.sqlite3"  # another shop's database file (its manifest left behind)
    theirs.write_bytes(mine.read_bytes())
    conn = sqlite3.connect(theirs)
    with conn:
        conn.execute("UPDATE setting SET value = ? WHERE key = 'internal.shop_id'", ['"0123456789abcdef"'])
        conn.execute("UPDATE setting SET value = ? WHERE key = 'shop.name'", ['"分店"'])
    conn.close()
    products.create_product(owner, {"sku": "MINE-1", "name": "本店的商品"})
    with pytest.raises(restore.BackupRefused, match=r"another shop \(分店\)"):
        restore.restore_backup(owner, theirs)
    assert run(cli, "restore", str(theirs), "--yes") == 2
    assert "another shop (分店)" in capsys.readouterr().err and Product.get(Product.sku == "MINE-1")
    assert run(cli, "restore", str(mine), "--yes") == 0  # its own backup: as before
    assert not Product.select().where(Product.sku == "MINE-1").exists()
    assert run(cli, "restore", str(theirs), "--yes", "--other-shop") == 0
    assert settings.get("shop.name") == "分店"


@pytest.mark.parametrize("name", ["inventory.xlsx", "sales.docx"])
def test_a_report_is_never_a_pdf_under_another_name(cli, tmp_path, capsys, name):
    assert run(cli, "report", name.split(".")[0], "-o", str(tmp_path / name), "--month", "2026-10") == 2
    assert "Error:" in capsys.readouterr().err and not (tmp_path / name).exists()
