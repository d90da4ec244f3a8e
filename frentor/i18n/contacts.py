"""Messages for importing contacts (LinkedIn, Google, vCard) and the calendar export: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Contact fields of a person
    "field.email": {"en": "E-mail", "zh": "电子邮箱"},
    "field.profile_url": {"en": "Profile link", "zh": "个人主页链接"},
    "field.title": {"en": "Title or position", "zh": "职位"},
    "field.source": {"en": "Came from", "zh": "来源"},
    "field.connected_on": {"en": "Connected on", "zh": "建立联系的日期"},
    "validation.bad_email": {
        "en": "Not an e-mail address: write it as name@example.com.",
        "zh": "不是有效的电子邮箱地址：请写成 name@example.com 的形式。",
    },
    "source.manual": {"en": "Added by hand", "zh": "手动添加"},
    "source.linkedin": {"en": "LinkedIn", "zh": "领英（LinkedIn）"},
    "source.google": {"en": "Google Contacts", "zh": "Google 通讯录"},
    "source.vcard": {"en": "vCard (phone or address book)", "zh": "vCard（手机或通讯录）"},
}
