"""Messages for importing contacts (LinkedIn, Google, vCard) and the calendar export: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Contact fields of a person
    "field.email": {"en": "E-mail", "zh": "电子邮箱"},
    "field.profile_url": {"en": "Profile link", "zh": "个人主页链接"},
    "field.person_title": {"en": "Title or position", "zh": "职位"},
    "field.source": {"en": "Came from", "zh": "来源"},
    "field.connected_on": {"en": "Connected on", "zh": "建立联系的日期"},
    "validation.bad_email": {
        "en": "Not an e-mail address: write it as name@example.com.",
        "zh": "不是有效的电子邮箱地址：请写成 name@example.com 的形式。",
    },
    "source.manual": {"en": "Added by hand", "zh": "手动添加"},
    "source.linkedin": {"en": "LinkedIn", "zh": "领英（LinkedIn）"},
    "source.google": {"en": "Google Contacts", "zh": "Google 通讯录"},
    "source.outlook": {"en": "Outlook", "zh": "Outlook 联系人"},
    "source.vcard": {"en": "vCard (phone or address book)", "zh": "vCard（手机或通讯录）"},
    # Reading a contacts file: the whole file refused
    "contacts.too_big": {
        "en": "This file is larger than {limit} MB, more than any contacts export we know. Export your "
        "contacts again, or split the file.",
        "zh": "此文件超过 {limit} MB，比已知的任何通讯录导出文件都大。请重新导出联系人，或将文件拆分后再导入。",
    },
    "contacts.too_many": {
        "en": "This file holds more than {limit} contacts. Split it into smaller files.",
        "zh": "此文件包含超过 {limit} 个联系人，请拆分成较小的文件。",
    },
    "contacts.empty_file": {"en": "This file is empty.", "zh": "此文件是空的。"},
    "contacts.not_text": {
        "en": "This is not a contacts file (it is not text). Upload a LinkedIn or Google Contacts .csv, or a .vcf.",
        "zh": "这不是通讯录文件（不是文本）。请上传领英或 Google 通讯录的 .csv 文件，或 .vcf 文件。",
    },
    "contacts.not_utf8": {
        "en": "Line {line} is not UTF-8 text. Save the file as “CSV UTF-8” and try again.",
        "zh": "第 {line} 行不是 UTF-8 文本。请将文件另存为“CSV UTF-8”格式后重试。",
    },
    "contacts.bad_utf16": {
        "en": "This file says it is UTF-16 text but is not readable as such. Export it again.",
        "zh": "此文件标明为 UTF-16 文本，但无法按此读取。请重新导出。",
    },
    "contacts.unknown_format": {
        "en": "This is not a contacts export we know: expected LinkedIn's Connections.csv, a Google Contacts CSV "
        "or a vCard (.vcf). Its first line reads {first_line}.",
        "zh": "无法识别此通讯录文件：应为领英的 Connections.csv、Google 通讯录 CSV 或 vCard（.vcf）。"
        "它的第一行是 {first_line}。",
    },
    "contacts.bad_csv": {
        "en": "The CSV cannot be read at line {row}: {detail}.",
        "zh": "CSV 文件在第 {row} 行无法读取：{detail}。",
    },
    # One row or card invalid
    "contacts.no_name": {
        "en": "No name, e-mail or organisation: nothing to call this person by.",
        "zh": "没有姓名、电子邮箱或机构：无法称呼此联系人。",
    },
    "contacts.card_unclosed": {
        "en": "This card (from line {line}) has no END:VCARD.",
        "zh": "这张名片（从第 {line} 行开始）缺少 END:VCARD。",
    },
    "contacts.card_bad_line": {
        "en": "Line {line} is not a vCard line: {text}.",
        "zh": "第 {line} 行不是有效的 vCard 内容：{text}。",
    },
    "contacts.card_bad_encoding": {
        "en": "Line {line} is not valid {charset} text.",
        "zh": "第 {line} 行不是有效的 {charset} 文本。",
    },
    # The preview
    "contacts.status.new": {"en": "New", "zh": "新联系人"},
    "contacts.status.existing": {"en": "Already here", "zh": "已存在"},
    "contacts.status.invalid": {"en": "Invalid", "zh": "无效"},
    "contacts.unit.row": {"en": "row", "zh": "行"},
    "contacts.unit.card": {"en": "card", "zh": "张名片"},
    "contacts.matched_by.email": {"en": "same e-mail", "zh": "电子邮箱相同"},
    "contacts.matched_by.profile_url": {"en": "same profile link", "zh": "主页链接相同"},
    "contacts.matched_by.name": {"en": "same name", "zh": "姓名相同"},
    "contacts.matches_person": {"en": "{name} ({how})", "zh": "{name}（{how}）"},
    "contacts.matches_earlier": {
        "en": "Earlier in this file: {unit} {number} ({how})",
        "zh": "与本文件中的第 {number} {unit}重复（{how}）",
    },
    "contacts.problem_line": {"en": "{unit} {number}: {detail}", "zh": "第 {number} {unit}：{detail}"},
    "contacts.summary": {
        "en": "{new} new, {existing} already here, {invalid} invalid",
        "zh": "新联系人 {new} 位，已存在 {existing} 位，无效 {invalid} 条",
    },
    # How to get each file (shown beside the upload)
    "contacts.hint.linkedin": {
        "en": "LinkedIn: Settings > Data privacy > Get a copy of your data > Connections. LinkedIn e-mails you a "
        "link; upload the Connections.csv from the download.",
        "zh": "领英：设置 > 数据隐私 > 获取数据副本 > 人脉。领英会通过电子邮件发送下载链接；"
        "请上传下载文件中的 Connections.csv。",
    },
    "contacts.hint.google": {
        "en": "Google Contacts: select contacts (or none for all) > Export > Google CSV or vCard.",
        "zh": "Google 通讯录：选择联系人（不选则为全部）> 导出 > Google CSV 或 vCard。",
    },
    "contacts.hint.outlook": {
        "en": "Outlook.com: People > Manage contacts > Export contacts (CSV). Outlook on a computer: File > Open & "
        "Export > Import/Export > Export to a file > Comma Separated Values.",
        "zh": "Outlook.com：人员 > 管理联系人 > 导出联系人（CSV）。电脑版 Outlook：文件 > 打开和导出 > "
        "导入/导出 > 导出到文件 > 逗号分隔值。",
    },
    "contacts.hint.phone": {
        "en": "iPhone or Android: in Contacts, select and share the contacts as a .vcf file.",
        "zh": "iPhone 或安卓手机：在“通讯录”中选择联系人，以 .vcf 文件分享出来。",
    },
    # The import on the People page
    "contacts.import": {"en": "Import contacts", "zh": "导入联系人"},
    "contacts.import_lead": {
        "en": "Already connected on LinkedIn, in Google Contacts, Outlook or on your phone? Bring those people in "
        "here, then keep the ones who matter. Nothing is added until you press Import.",
        "zh": "已经在领英、Google 通讯录、Outlook 或手机里有联系人了？把他们导入这里，再留下对你重要的人。"
        "在你点击“导入”之前，不会添加任何人。",
    },
    "contacts.how_to": {"en": "How to get the file:", "zh": "如何获取文件："},
    "contacts.upload": {"en": "Contacts file (.csv or .vcf)", "zh": "通讯录文件（.csv 或 .vcf）"},
    "contacts.upload_help": {
        "en": "The format is recognised from the content. Nothing is added until you choose who and press Import.",
        "zh": "根据文件内容自动识别格式。在你选好联系人并点击“导入”之前，不会添加任何人。",
    },
    "contacts.reading": {"en": "Reading the file…", "zh": "正在读取文件……"},
    "contacts.new_title": {"en": "New ({count}): tick who to bring in", "zh": "新联系人（{count} 位）：勾选要导入的人"},
    "contacts.tick_all": {"en": "Tick every new contact", "zh": "勾选全部新联系人"},
    "contacts.tick_all_help": {
        "en": "Untick this to start from none and tick only the few who matter.",
        "zh": "取消勾选后全部清空，再只勾选对你重要的几位。",
    },
    "contacts.others_title": {
        "en": "Not imported ({count}): already here or invalid",
        "zh": "不会导入（{count} 条）：已存在或无效",
    },
    "contacts.invalid_note": {
        "en": "{count} entries cannot be imported: the table below gives each one's number and why. The others can.",
        "zh": "有 {count} 条无法导入：下表列出了每一条的编号和原因。其余条目可以正常导入。",
    },
    "contacts.nothing_new": {
        "en": "Nothing new to import: everyone in this file is already here or invalid.",
        "zh": "没有可导入的新联系人：此文件中的人都已存在或无效。",
    },
    "contacts.new_people_start": {"en": "The people you import start as:", "zh": "导入的人初始设置为："},
    "contacts.passion": {"en": "Passion (optional)", "zh": "热情方向（可选）"},
    "contacts.passion_none": {"en": "None", "zh": "不指定"},
    "contacts.import_submit": {"en": "Import the ticked contacts", "zh": "导入已勾选的联系人"},
    "contacts.imported": {
        "en": "Added {added} people from {file}; {existing} already here, {invalid} invalid, {not_chosen} left "
        "unticked.",
        "zh": "已从 {file} 添加 {added} 位联系人；{existing} 位已存在，{invalid} 条无效，{not_chosen} 位未勾选。",
    },
    "contacts.col.import": {"en": "Import", "zh": "导入"},
    "contacts.col.row": {"en": "Row", "zh": "行号"},
    "contacts.col.card": {"en": "Card", "zh": "名片序号"},
    "contacts.col.status": {"en": "Status", "zh": "状态"},
    "contacts.col.detail": {"en": "Why, or who it matches", "zh": "原因或匹配到的人"},
    # The contact fields on People
    "contacts.labelled": {"en": "{label}: {value}", "zh": "{label}：{value}"},
    "contacts.profile": {"en": "Profile", "zh": "个人主页"},
    "contacts.from": {"en": "From {source}", "zh": "来自{source}"},
    "contacts.connected": {"en": "connected on {date}", "zh": "建立联系于 {date}"},
    # Calendar (.ics)
    "calendar.name": {"en": "Frentor: next steps", "zh": "Frentor：下一步行动"},
    "calendar.todo_summary": {"en": "{action} ({name})", "zh": "{action}（{name}）"},
    "calendar.todo_summary_no_action": {"en": "Next step with {name}", "zh": "与{name}的下一步"},
    "calendar.role_stage": {"en": "{role} · stage: {stage}", "zh": "{role} · 阶段：{stage}"},
    "calendar.next_stage": {
        "en": "Before you move on to “{stage}”, the method expects:",
        "zh": "进入“{stage}”阶段之前，方法建议你做到：",
    },
    "calendar.paused": {
        "en": "Paused: when you pick this up again, start by following their work.",
        "zh": "已暂停：重新开始时，先从关注对方的作品做起。",
    },
    "calendar.keep_going": {
        "en": "Trusted: keep giving value both ways and stay in touch.",
        "zh": "已建立信任：继续双向付出价值，保持联系。",
    },
    "calendar.download": {"en": "Calendar (.ics)", "zh": "日历（.ics）"},
    "calendar.download_caption": {
        "en": "Your dated next actions as to-dos, and upcoming events, for any calendar app.",
        "zh": "把有日期的下一步行动（待办事项）和即将举行的活动放进任何日历应用。",
    },
    "calendar.download_help": {
        "en": "Next actions as to-dos and upcoming events, for your calendar app. Importing a newer file updates "
        "them instead of adding copies.",
        "zh": "把下一步行动（待办事项）和即将举行的活动导入你的日历应用。"
        "再次导入较新的文件会更新它们，而不会重复添加。",
    },
    "calendar.cli_written": {
        "en": "{todos} to-dos and {events} events written to {path}",
        "zh": "已将 {todos} 个待办事项和 {events} 个活动写入 {path}",
    },
    # Command line
    "contacts.cli_missing": {"en": "No such file: {path}", "zh": "文件不存在：{path}"},
    "contacts.cli_unreadable": {"en": "Cannot read {path}: {reason}", "zh": "无法读取 {path}：{reason}"},
    "contacts.cli_refused": {
        "en": "Nothing imported: fix these entries, or run again with --skip-invalid to import the others.",
        "zh": "未导入任何内容：请修正以下条目，或加上 --skip-invalid 重新运行以导入其余条目。",
    },
    "contacts.cli_skipped": {"en": "skipped {problem}", "zh": "已跳过 {problem}"},
    "contacts.cli_dry_run": {"en": "(dry run: nothing written)", "zh": "（试运行：未写入任何内容）"},
}
