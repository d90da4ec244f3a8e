"""Messages for hostile input: uploads, snapshots, settings, confirmations: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    "field.id": {"en": "Id", "zh": "编号"},
    # Settings files (frentor.settings)
    "import.unknown_setting": {
        "en": "{setting} is not a setting Frentor knows (known: {known})",
        "zh": "{setting} 不是 Frentor 认识的设置（已知设置：{known}）",
    },
    "import.bad_setting": {
        "en": "is not a valid value for the setting {setting}",
        "zh": "不是设置 {setting} 的有效值",
    },
    "import.setting_not_importable": {
        "en": "{setting} describes the database the file was exported from and is never imported: remove this row",
        "zh": "{setting} 记录的是导出来源数据库的状态，不能导入：请删除这一行",
    },
    # What replacing a workspace would lose (frentor.data_loss)
    "loss.separator": {"en": ", ", "zh": "、"},
    "loss.passions": {"en": "{count} passions", "zh": "{count} 个热情方向"},
    "loss.passions_one": {"en": "{count} passion", "zh": "{count} 个热情方向"},
    "loss.skills": {"en": "{count} skills", "zh": "{count} 项技能"},
    "loss.skills_one": {"en": "{count} skill", "zh": "{count} 项技能"},
    "loss.people": {"en": "{count} people", "zh": "{count} 位联系人"},
    "loss.people_one": {"en": "{count} person", "zh": "{count} 位联系人"},
    "loss.communities": {"en": "{count} communities", "zh": "{count} 个社群"},
    "loss.communities_one": {"en": "{count} community", "zh": "{count} 个社群"},
    "loss.channels": {"en": "{count} channels", "zh": "{count} 个渠道"},
    "loss.channels_one": {"en": "{count} channel", "zh": "{count} 个渠道"},
    "loss.user_kinds": {"en": "{count} kinds of your own", "zh": "{count} 种自定义价值类型"},
    "loss.user_kinds_one": {"en": "{count} kind of your own", "zh": "{count} 种自定义价值类型"},
    "loss.ledger_entries": {"en": "{count} ledger entries", "zh": "{count} 条账本记录"},
    "loss.person_questions": {"en": "{count} prepared questions", "zh": "{count} 个准备好的问题"},
    "loss.person_questions_one": {"en": "{count} prepared question", "zh": "{count} 个准备好的问题"},
    "loss.sent_messages": {"en": "{count} sent messages", "zh": "{count} 条已发消息记录"},
    "loss.sent_messages_one": {"en": "{count} sent message", "zh": "{count} 条已发消息记录"},
    "loss.follow_ups": {"en": "{count} report-back follow-ups", "zh": "{count} 个回馈跟进"},
    "loss.follow_ups_one": {"en": "{count} report-back follow-up", "zh": "{count} 个回馈跟进"},
    "loss.weekly_reviews": {"en": "{count} weekly reviews", "zh": "{count} 次每周回顾"},
    "loss.weekly_reviews_one": {"en": "{count} weekly review", "zh": "{count} 次每周回顾"},
    "loss.ledger_entries_one": {"en": "{count} ledger entry", "zh": "{count} 条账本记录"},
    "demo.would_replace": {
        "en": "Workspace {workspace} holds data that demo data would replace: {lost}. Nothing was changed. "
        "Export it first if you may want it back (frentor export DIR), then run again with --replace.",
        "zh": "工作区 {workspace} 中已有数据，加载示例数据会将其替换：{lost}。目前未做任何更改。"
        "如果以后可能还需要这些数据，请先导出（frentor export 目录），再加上 --replace 重新运行。",
    },
    # Restoring snapshots (frentor.backup)
    "backup.not_duckdb": {
        "en": "{path} is not a snapshot written by frentor backup: it is not a DuckDB database file. Nothing was "
        "changed.",
        "zh": "{path} 不是 frentor backup 写出的快照：它不是 DuckDB 数据库文件。未做任何更改。",
    },
    "backup.unreadable": {
        "en": "{path} cannot be read as a snapshot ({reason}). Nothing was changed.",
        "zh": "无法把 {path} 作为快照读取（{reason}）。未做任何更改。",
    },
    "backup.not_frentor": {
        "en": "{path} is a DuckDB database but holds no Frentor snapshot. Nothing was changed.",
        "zh": "{path} 是 DuckDB 数据库，但不包含 Frentor 快照。未做任何更改。",
    },
    "backup.unexpected_schema": {
        "en": "{path} is not a snapshot Frentor wrote: its contents differ at {what}. Only snapshots made by "
        "frentor backup can be restored. Nothing was changed.",
        "zh": "{path} 不是 Frentor 写出的快照：其内容在 {what} 处与预期不符。只能恢复由 frentor backup "
        "生成的快照。未做任何更改。",
    },
    "backup.same_file": {
        "en": "{path} is the database in use, not a snapshot of it. Nothing was changed.",
        "zh": "{path} 是正在使用的数据库，而不是它的快照。未做任何更改。",
    },
    "backup.outside_area": {
        "en": "{path} is outside the folder this app may read snapshots from. Nothing was changed.",
        "zh": "{path} 不在本应用可读取快照的文件夹中。未做任何更改。",
    },
    # Uploads and zips (frentor.importer)
    "import.zip_duplicate_name": {
        "en": "is in the zip more than once (an export holds each file once)",
        "zh": "在压缩包中出现了不止一次（导出的压缩包中每个文件只有一份）",
    },
    "import.zip_too_many_entries": {
        "en": "holds more than {limit} entries: it is not an export of Frentor",
        "zh": "包含超过 {limit} 个条目：这不是 Frentor 的导出文件",
    },
    "import.zip_bomb": {
        "en": "unpacks to {ratio} times its packed size (at most {limit} is accepted): refused as a possible zip bomb",
        "zh": "解压后是压缩大小的 {ratio} 倍（最多接受 {limit} 倍）：疑似压缩炸弹，已拒绝",
    },
    "import.zip_encrypted": {
        "en": "is encrypted; export zips never are",
        "zh": "已加密；Frentor 导出的压缩包从不加密",
    },
    "import.zip_method": {
        "en": "is packed with a method Frentor does not unpack (only stored or deflate, as every zip tool writes)",
        "zh": "使用了 Frentor 不支持的压缩方式（仅支持存储或 deflate，常见压缩工具都使用这两种）",
    },
    "import.zip_corrupt": {
        "en": "is damaged and cannot be unpacked ({reason}); export it again",
        "zh": "已损坏，无法解压（{reason}）；请重新导出",
    },
    "import.cannot_unpack": {
        "en": "cannot be unpacked to a temporary folder ({reason})",
        "zh": "无法解压到临时文件夹（{reason}）",
    },
    "import.too_big_total": {
        "en": "would unpack to more than {limit} MB in all, the limit of one import",
        "zh": "解压后总计超过 {limit} MB，超出单次导入的上限",
    },
    "import.row_too_long": {
        "en": "has a row longer than {limit} MB, which cannot be imported",
        "zh": "包含超过 {limit} MB 的一行，无法导入",
    },
    "import.header_too_long": {
        "en": "has a first line (the header) longer than {limit} KB: it is not a CSV file Frentor exports",
        "zh": "首行（表头）超过 {limit} KB：这不是 Frentor 导出的 CSV 文件",
    },
    # The command line (frentor.cli)
    "cli.blank_workspace": {
        "en": "The workspace name is empty. Name one with --workspace NAME (or FRENTOR_WORKSPACE); nothing was done.",
        "zh": "工作区名称为空。请用 --workspace 名称（或 FRENTOR_WORKSPACE）指定；未做任何操作。",
    },
    "cli.unexpected": {
        "en": "Unexpected error ({error}); nothing more was done. Run again with --debug to see the details.",
        "zh": "发生意外错误（{error}）；未再做任何操作。加上 --debug 重新运行可查看详情。",
    },
    "backup.cli_operator_note": {
        "en": "This snapshot holds every workspace of the database file ({workspaces} workspaces): an operator's "
        "backup, as private as the database itself. Never give it to a user; a user's own backup is the export "
        "of their workspace (frentor export, or the zip on the Reports page).",
        "zh": "此快照包含数据库文件中的所有工作区（共 {workspaces} 个）：这是运维人员的备份，应与数据库本身同等保密。"
        "切勿交给用户；用户自己的备份是其工作区的导出（frentor export，或“报告”页中的 zip）。",
    },
}
