from decimal import Decimal

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.masking import mask_address, mask_name, mask_phone
from shopmanager.core.money import format_money, to_cents, to_decimal
from shopmanager.core.passwords import check_strength, hash_password, verify_password


@pytest.mark.parametrize("text,cents", [
    ("12", 1200), ("12.5", 1250), ("¥1,234.56", 123456), ("0.005", 1), (Decimal("3.14"), 314), (7, 700),
    ("", 0), ("-2.50", -250), ("99.99元", 9999), (19.99, 1999),
])
def test_amounts_become_exact_cents(text, cents):
    assert to_cents(text) == cents


def test_bad_amount_names_the_field():
    with pytest.raises(ValidationError) as error:
        to_cents("abc", field="售价")
    assert "售价" in str(error.value) and "abc" in str(error.value)


def test_money_formats_for_people():
    assert format_money(123456) == "1,234.56"
    assert format_money(-5) == "-0.05"
    assert format_money(1000, symbol=True) == "¥10.00"
    assert to_decimal(1999) == Decimal("19.99")


def test_phone_is_masked_like_138_star_5678():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "861****5678"
    assert "1234" not in mask_phone("0571-1234")
    assert mask_phone("") == ""


def test_address_and_name_keep_only_the_start():
    masked = mask_address("浙江省杭州市西湖区文三路 100 号 3 单元 501")
    assert masked.startswith("浙江省杭州市") and "501" not in masked
    assert mask_name("张三丰") == "张**"


def test_password_hash_verifies_and_hides_the_password():
    stored = hash_password("Secret-123")
    assert "Secret-123" not in stored and stored.startswith("scrypt$")
    assert verify_password("Secret-123", stored)
    assert not verify_password("secret-123", stored)
    assert hash_password("Secret-123") != stored  # salted


@pytest.mark.parametrize("weak", ["short1", "aaaaaaaaaa", "12345678", "password"])
def test_simple_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        check_strength(weak)


def test_password_may_not_contain_user_name():
    with pytest.raises(ValidationError):
        check_strength("zhangmin-2024", username="zhangmin")
    check_strength("Tea-house-88", username="zhangmin")
