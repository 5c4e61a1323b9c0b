"""A "姓名 手机 地址" block as buyers send it in WeChat / Taobao / Pinduoduo chats, taken apart.
Every shape below was seen in real chats (names and numbers changed)."""
from __future__ import annotations

import pytest

from shopmanager.core.receiver import find_phone, parse_receiver, split_region

HANGZHOU = "浙江省杭州市西湖区文三路100号"

BLOCKS = [
    # plain, one line, spaces
    ("张伟 13812345678 浙江省杭州市西湖区文三路100号", "张伟", "13812345678", HANGZHOU),
    # commas (half- and full-width), other order
    ("浙江省杭州市西湖区文三路100号，张伟，13812345678", "张伟", "13812345678", HANGZHOU),
    ("13812345678,张伟,浙江省杭州市西湖区文三路100号", "张伟", "13812345678", HANGZHOU),
    # WeChat's "复制地址"
    ("收货人: 李娜\n手机号码: 139 1234 5678\n所在地区: 广东省 深圳市 南山区\n详细地址: 科技园南区高新南一道8号 3栋1201",
     "李娜", "13912345678", "广东省深圳市南山区科技园南区高新南一道8号3栋1201"),
    # Taobao's copy: 86- prefix, spaces between the levels, a postcode at the end
    ("王强，86-13712345678，江苏省 南京市 鼓楼区 宁海路街道 北京西路2号 ，000000",
     "王强", "13712345678", "江苏省南京市鼓楼区宁海路街道北京西路2号"),
    # full-width colons and labels in one line
    ("姓名：赵敏　电话：150-1234-5678　地址：上海市浦东新区张江路1号", "赵敏", "15012345678", "上海市浦东新区张江路1号"),
    # Pinduoduo labels
    ("收货人：钱多多 手机号：18612345678 收货地址：湖北省武汉市洪山区珞喻路1037号",
     "钱多多", "18612345678", "湖北省武汉市洪山区珞喻路1037号"),
    # +86 with spaces, address before the name
    ("+86 158 0000 1111\n北京市朝阳区建国路88号SOHO现代城A座1201\n孙悦", "孙悦", "15800001111",
     "北京市朝阳区建国路88号SOHO现代城A座1201"),
    # (+86) in brackets, labels in another order
    ("地址：四川省成都市武侯区天府大道北段1000号\n收件人：周杰\n联系电话：(+86)13700001111",
     "周杰", "13700001111", "四川省成都市武侯区天府大道北段1000号"),
    # nothing between the parts
    ("吴磊15012345678上海市浦东新区张江路1号", "吴磊", "15012345678", "上海市浦东新区张江路1号"),
    ("吴磊上海市浦东新区张江路1号15012345678", "吴磊", "15012345678", "上海市浦东新区张江路1号"),
    # 0086 and dashes, a title instead of a given name
    ("王女士 0086-135-0000-2222 广州市天河区体育西路191号中石化大厦B座", "王女士", "13500002222",
     "广州市天河区体育西路191号中石化大厦B座"),
    # privacy number with an extension (Taobao 隐私号)
    ("郑爽 18412345678-2345 福建省厦门市思明区鹭江道8号", "郑爽", "18412345678-2345", "福建省厦门市思明区鹭江道8号"),
    ("郑爽 18412345678转2345 福建省厦门市思明区鹭江道8号", "郑爽", "18412345678-2345", "福建省厦门市思明区鹭江道8号"),
    # a landline when there is no mobile
    ("冯巩 0571-88886666 浙江省杭州市上城区解放路1号", "冯巩", "0571-88886666", "浙江省杭州市上城区解放路1号"),
    # full-width digits and a postcode label
    ("陈晨，１３８１２３４５６７８，浙江杭州西湖区文三路100号，邮编：310012", "陈晨", "13812345678", "浙江杭州西湖区文三路100号"),
    # the street in a second line after the region
    ("黄渤 13600001234\n山东省青岛市市南区\n香港中路10号 2单元301", "黄渤", "13600001234", "山东省青岛市市南区香港中路10号2单元301"),
    # autonomous region, county
    ("马丽 13912340000 新疆维吾尔自治区乌鲁木齐市天山区解放南路1号", "马丽", "13912340000",
     "新疆维吾尔自治区乌鲁木齐市天山区解放南路1号"),
    # semicolons and a 联系人 label
    ("联系人:沈腾;手机:13300001111;地址:重庆市渝中区解放碑步行街8号", "沈腾", "13300001111", "重庆市渝中区解放碑步行街8号"),
    # village address
    ("刘能 15900002222 河南省周口市郸城县汲冢镇刘庄村3组", "刘能", "15900002222", "河南省周口市郸城县汲冢镇刘庄村3组"),
    # a compound surname and a middle dot name
    ("欧阳娜娜 13811112222 辽宁省大连市中山区人民路5号", "欧阳娜娜", "13811112222", "辽宁省大连市中山区人民路5号"),
    # a label for the name only, the rest after it
    ("收货人：张伟  13812345678  浙江省杭州市西湖区文三路100号", "张伟", "13812345678", HANGZHOU),
    ("收件人 张伟 浙江省杭州市西湖区 文三路100号 2幢301室 13812345678", "张伟", "13812345678", HANGZHOU + "2幢301室"),
    ("迪丽热巴·迪力木拉提 13811113333 北京市海淀区中关村大街1号", "迪丽热巴·迪力木拉提", "13811113333", "北京市海淀区中关村大街1号"),
]


@pytest.mark.parametrize("text, name, phone, address", BLOCKS)
def test_blocks_from_chats(text, name, phone, address):
    found = parse_receiver(text)
    assert (found.name, found.phone, found.address) == (name, phone, address)


@pytest.mark.parametrize("text, phone", [
    ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"), ("138-1234-5678", "13812345678"),
    ("+86 13812345678", "13812345678"), ("+8613812345678", "13812345678"), ("86-13812345678", "13812345678"),
    ("0086 138 1234 5678", "13812345678"), ("(+86) 138-1234-5678", "13812345678"), ("tel:13812345678", "13812345678"),
    ("order 12345678901234567 no phone", ""), ("12812345678", ""), ("1381234567", ""), ("138123456789", ""),
    ("010-12345678", "010-12345678"), ("0755 8888 6666", ""), ("075588886666", "0755-88886666"),
])
def test_phone_numbers(text, phone):
    assert find_phone(text)[0] == phone


@pytest.mark.parametrize("address, parts", [
    ("浙江省杭州市西湖区文三路100号", ("浙江省", "杭州市", "西湖区", "文三路100号")),
    ("北京市朝阳区建国路88号", ("北京市", "北京市", "朝阳区", "建国路88号")),
    ("上海市市辖区浦东新区张江路1号", ("上海市", "上海市", "浦东新区", "张江路1号")),
    ("广西壮族自治区南宁市青秀区民族大道1号", ("广西壮族自治区", "南宁市", "青秀区", "民族大道1号")),
    ("湖北省恩施土家族苗族自治州恩施市舞阳大道1号", ("湖北省", "恩施土家族苗族自治州", "恩施市", "舞阳大道1号")),
    ("江苏省苏州市昆山市前进西路1号", ("江苏省", "苏州市", "昆山市", "前进西路1号")),
    ("浙江杭州西湖区文三路100号", ("浙江", "", "", "杭州西湖区文三路100号")),
    ("广州市天河区体育西路191号", ("", "广州市", "天河区", "体育西路191号")),
    ("河南省周口市郸城县汲冢镇刘庄村3组", ("河南省", "周口市", "郸城县", "汲冢镇刘庄村3组")),
])
def test_province_city_district(address, parts):
    assert split_region(address) == parts


def test_what_cannot_be_placed_is_kept_for_the_user():
    found = parse_receiver("张伟 13812345678 浙江省杭州市西湖区文三路100号 请周末送 谢谢")
    assert found.name == "张伟" and found.address == HANGZHOU
    assert "谢谢" in found.rest
    labelled = parse_receiver("收货人: 李娜 手机号码: 13912345678 详细地址: 广东省深圳市南山区科技园8号 3栋1201 周末送")
    assert labelled.address == "广东省深圳市南山区科技园8号3栋1201" and labelled.rest == ["周末送"]
    nothing = parse_receiver("   \n ")
    assert not nothing.found_anything and nothing.rest == []
    only_phone = parse_receiver("电话 13812345678")
    assert (only_phone.name, only_phone.phone, only_phone.address) == ("", "13812345678", "")
