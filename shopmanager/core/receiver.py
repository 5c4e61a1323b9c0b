"""A buyer's "姓名 手机 地址" block, as pasted from a WeChat, Taobao or Pinduoduo chat, taken
apart into receiver name, mobile number and address (province, city, district, street).

The parts come in any order, with or without labels (收货人: / 电话: / 地址: …), separated by
commas, spaces or new lines, or by nothing at all ("王五15012345678上海市浦东新区张江路1号").
A mobile number is 11 digits starting with 1, written with +86 / 0086 / 86-, spaces or
dashes, maybe with a privacy-number extension (18412345678-2345); a landline counts when
there is no mobile. Pure text rules: no database, no Qt.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

PROVINCES = (
    "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

_PREFIX = r"(?:\(?(?:\+|00)?86\)?[\s-]*)?"
_MOBILE = re.compile(r"(?<!\d)" + _PREFIX + r"(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})"
                     r"(?:\s*(?:-|转|ext\.?|分机)\s*(\d{1,5}))?(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})[\s-]?(\d{7,8})(?:\s*(?:-|转)\s*(\d{1,5}))?(?!\d)")

_LABELS = {
    "name": ("收货人姓名", "收件人姓名", "收货人", "收件人", "联系人", "姓名", "名字", "收货姓名", "买家姓名", "name"),
    "phone": ("手机号码", "手机号", "联系手机", "手机", "电话号码", "联系电话", "电话", "联系方式", "tel", "phone", "mobile"),
    "region": ("所在地区", "所在地", "省市区", "地区"),
    "address": ("详细地址", "收货地址", "收件地址", "街道地址", "地址", "address"),
    "postcode": ("邮政编码", "邮编"),
}
_LABEL = re.compile("(" + "|".join(
    (rf"(?<![a-z]){re.escape(x)}(?![a-z])" if x.isascii() else re.escape(x))
    for x in sorted((x for v in _LABELS.values() for x in v), key=len, reverse=True)) + r")\s*[:：]?", re.IGNORECASE)
_KIND_OF_LABEL = {label.lower(): kind for kind, labels in _LABELS.items() for label in labels}
_SEPARATORS = re.compile(r"[\s,，;；、|/]+")
_ADDRESS_MARK = re.compile(r"省|市|区|县|镇|乡|街道|路|街|道|号|村|巷|弄|栋|幢|室|单元|楼|大厦|小区|花园|广场|公寓|苑|园|里|"
                           r"组|屯|胡同|门|层|座|期")
_TITLES = ("先生", "女士", "小姐", "老师", "师傅")


@dataclass
class ReceiverText:
    name: str = ""
    phone: str = ""
    address: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postcode: str = ""
    rest: list[str] = field(default_factory=list)  # what could not be placed (shown to the user)

    @property
    def found_anything(self) -> bool:
        return bool(self.name or self.phone or self.address)


def _plain(text: str) -> str:
    """Full-width letters, digits and punctuation as ASCII (：→: ，→, （→( ), zero-width marks out."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\u200b-\u200f\ufeff]", "", text).replace("\r\n", "\n").replace("\r", "\n")


def find_phone(text: str) -> tuple[str, tuple[int, int] | None]:
    """The first mobile number (else landline) in `text` as stored ('13812345678', '0571-88886666',
    '18412345678-2345'), and its span."""
    match = _MOBILE.search(text)
    if match:
        number = "".join(match.group(1, 2, 3)) + (f"-{match.group(4)}" if match.group(4) else "")
        return number, match.span()
    match = _LANDLINE.search(text)
    if match:
        number = f"{match.group(1)}-{match.group(2)}" + (f"-{match.group(3)}" if match.group(3) else "")
        return number, match.span()
    return "", None


def _labelled(text: str) -> tuple[dict[str, str], str]:
    """Values after labels (收货人: 张三 …) up to the next label; and the text before the first label."""
    values: dict[str, str] = {}
    matches = list(_LABEL.finditer(text))
    if not matches:
        return values, text
    before = text[:matches[0].start()]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        kind = _KIND_OF_LABEL[match.group(1).lower()]
        value = text[match.end():end].strip(" \t\n,，;；:")
        if value and kind not in values:
            values[kind] = value
        elif value:
            values[kind] += " " + value
    return values, before


def _looks_like_address(token: str) -> bool:
    return bool(_ADDRESS_MARK.search(token)) or token.startswith(PROVINCES)


def _looks_like_name(token: str) -> bool:
    if not 1 <= len(token) <= 12 or any(ch.isdigit() for ch in token):
        return False
    if token.endswith(_TITLES) and len(token) <= 4:
        return True
    if _looks_like_address(token) and not (len(token) <= 4 and token[:1] in "区乡路"):
        return False
    return all(ch.isalpha() or ch in "·• ." for ch in token)


def _split_glued_name(token: str) -> tuple[str, str]:
    """'王五上海市浦东新区…' → ('王五', '上海市浦东新区…'): a short name glued before a province."""
    for province in PROVINCES:
        position = token.find(province)
        if 2 <= position <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in token[:position]):
            return token[:position], token[position:]
    return "", token


def split_region(address: str) -> tuple[str, str, str, str]:
    """(province, city, district, street) of a Chinese address; parts not found are ''."""
    text = re.sub(r"\s+", "", address)
    province = city = district = ""
    for name in PROVINCES:
        if text.startswith(name):
            match = re.match(re.escape(name) + r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?", text)
            province = match.group(0)
            text = text[match.end():]
            if name in MUNICIPALITIES:
                city = province if province.endswith("市") else province + "市"
                if text.startswith(("市辖区", city)):
                    text = text[3:] if text.startswith("市辖区") else text[len(city):]
            break
    if not city:
        match = re.match(r"(.{2,9}?(?:自治州|地区|盟|市))", text)
        if match and not _ADDRESS_MARK.search(match.group(1)[:-1].replace("市", "")):
            city, text = match.group(1), text[match.end():]
    match = re.match(r"(.{1,9}?(?:新区|区|县|市|旗))(?!场|镇|道|路)", text)
    if match and city and not re.search(r"[路街号]", match.group(1)):
        district, text = match.group(1), text[match.end():]
    return province, city, district, text


def _join_address(parts: list[str]) -> str:
    """Pieces of one address → one line: no spaces between Chinese pieces, one space otherwise."""
    text = ""
    for part in (p.strip(" ,，") for p in parts):
        if not part:
            continue
        if text and (text[-1].isascii() and text[-1].isalnum() and part[0].isascii() and part[0].isalnum()):
            text += " "
        text += part
    return text


def parse_receiver(text: str) -> ReceiverText:
    """Take a pasted block apart; what is not found stays ''."""
    plain = _plain(text)
    result = ReceiverText()
    phone, span = find_phone(plain)
    if span:
        result.phone = phone
        plain = plain[:span[0]] + "\n" + plain[span[1]:]
    labelled, unlabelled = _labelled(plain)
    if "postcode" in labelled:
        digits = re.search(r"\d{6}", labelled["postcode"])
        result.postcode = digits.group(0) if digits else ""
    address_parts = [piece for k in ("region", "address") if labelled.get(k)
                     for piece in _SEPARATORS.split(labelled[k]) if piece]
    name_tokens = [t for t in _SEPARATORS.split(labelled.get("name", "")) if t]
    name = name_tokens.pop(0) if name_tokens else ""
    leftover = " ".join([unlabelled, labelled.get("phone", "")] + name_tokens)
    tokens = [t for t in _SEPARATORS.split(leftover) if t]
    if not labelled:
        tokens = [t for t in _SEPARATORS.split(plain) if t and not _LABEL.fullmatch(t)]
    address_tokens: list[str] = []
    rest: list[str] = []
    for token in tokens:
        if re.fullmatch(r"\d{6}", token):
            result.postcode = result.postcode or token
            continue
        if not name and _looks_like_name(token):
            name = token
            continue
        if _looks_like_address(token):
            glued, token = _split_glued_name(token) if not name else ("", token)
            name = name or glued
            address_tokens.append(token)
            continue
        if address_tokens and not address_parts and any(ch.isdigit() for ch in token) and len(token) <= 12:
            address_tokens.append(token)  # 2幢301室, A座1201 … after the street
            continue
        rest.append(token)
    result.name = name.strip()
    if not address_parts:
        address_parts = address_tokens
    else:
        rest.extend(address_tokens)
    while len(address_parts) > 1 and not _ADDRESS_MARK.search(address_parts[-1]) and not any(
            ch.isdigit() for ch in address_parts[-1]):
        rest.insert(0, address_parts.pop())  # "… 3栋1201 周末送": a note after the address
    result.address = _join_address(address_parts)
    result.province, result.city, result.district, result.street = split_region(result.address)
    result.rest = rest
    return result
