"""Messages for hostile input: uploads, snapshots, settings, confirmations: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Settings files (frentor.settings)
    "import.unknown_setting": {
        "en": "{key} is not a setting Frentor knows (known: {known})",
        "zh": "{key} 不是 Frentor 认识的设置（已知设置：{known}）",
    },
    "import.bad_setting": {
        "en": "is not a valid value for the setting {key}",
        "zh": "不是设置 {key} 的有效值",
    },
    "import.setting_not_importable": {
        "en": "{key} describes the database the file was exported from and is never imported: remove this row",
        "zh": "{key} 记录的是导出来源数据库的状态，不能导入：请删除这一行",
    },
}
