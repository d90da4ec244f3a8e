"""Messages shared by the whole app: navigation, sidebar, errors, names of roles, stages and kinds."""

MESSAGES: dict[str, dict[str, str]] = {
    # App and navigation
    "nav.section.start": {"en": "Start", "zh": "开始"},
    "nav.section.discover": {"en": "1 · Discover", "zh": "1 · 发现"},
    "nav.section.connect": {"en": "2 · Connect", "zh": "2 · 连接"},
    "nav.section.exchange": {"en": "3 · Exchange", "zh": "3 · 交换"},
    "nav.section.reflect": {"en": "4 · Reflect", "zh": "4 · 回顾"},
    "page.home": {"en": "Home", "zh": "首页"},
    "page.passions": {"en": "Passions", "zh": "热情所在"},
    "page.skills": {"en": "Skills", "zh": "技能"},
    "page.people": {"en": "People", "zh": "人脉"},
    "page.shortlist": {"en": "Shortlist", "zh": "候选名单"},
    "page.ledger": {"en": "Ledger", "zh": "价值账本"},
    "page.balance": {"en": "Balance", "zh": "关系平衡"},
    "page.reports": {"en": "Reports", "zh": "报告"},
    "page.settings": {"en": "Settings", "zh": "设置"},
    # Sidebar
    "sidebar.language": {"en": "Language", "zh": "语言"},
    "sidebar.workspace": {"en": "Workspace: {workspace}", "zh": "工作区：{workspace}"},
    "sidebar.database": {"en": "Database: {location}", "zh": "数据库：{location}"},
    "sidebar.memory": {"en": "in memory (not saved)", "zh": "内存中（不会保存）"},
    # Errors
    "error.validation": {
        "en": "Please fix {count} problem(s); nothing was saved.",
        "zh": "请修正 {count} 个问题；尚未保存任何内容。",
    },
    "error.field": {"en": "{field}: {message}", "zh": "{field}：{message}"},
    "error.field_row": {"en": "Row {row}, {field}: {message}", "zh": "第 {row} 行，{field}：{message}"},
    "error.db_locked": {
        "en": "The database file {path} is in use by another Frentor process (PID {pid}). Close that app or "
        "command, or point Frentor at another file with --db or FRENTOR_DB, then try again.",
        "zh": "数据库文件 {path} 正被另一个 Frentor 进程（PID {pid}）占用。请关闭那个应用或命令，"
        "或用 --db / FRENTOR_DB 指定另一个文件后重试。",
    },
    "error.db_unreadable": {
        "en": "Frentor cannot open the database {path}: {reason}",
        "zh": "Frentor 无法打开数据库 {path}：{reason}",
    },
    "error.db_too_new": {
        "en": "This database was written by a newer Frentor (schema {found}; this version knows up to "
        "{supported}). Update Frentor to open it; the file was not changed.",
        "zh": "此数据库由更新版本的 Frentor 创建（结构版本 {found}，当前最多支持 {supported}）。"
        "请升级 Frentor 后再打开；文件未被修改。",
    },
    "error.db_read_only": {
        "en": "The database {path} is open read-only; nothing can be saved.",
        "zh": "数据库 {path} 以只读方式打开，无法保存。",
    },
    "error.db_conflict": {
        "en": "Someone else changed the same record at the same moment. Nothing was saved; please try again.",
        "zh": "同一条记录刚刚被其他会话修改。尚未保存，请重试。",
    },
    "error.unexpected": {
        "en": "Something went wrong on this page, and nothing was saved. Reload the page to try again; "
        "if it keeps happening, export a backup from Reports and report the problem.",
        "zh": "此页面出了点问题，且没有保存任何内容。请刷新页面重试；如果反复出现，"
        "请先在“报告”页导出备份，再反馈问题。",
    },
    "validation.required": {"en": "is required", "zh": "为必填项"},
    "validation.too_long": {"en": "is longer than {limit} characters", "zh": "超过 {limit} 个字符"},
    "validation.not_number": {"en": "is not a number", "zh": "不是数字"},
    "validation.negative": {"en": "must be 0 or more", "zh": "必须大于或等于 0"},
    "validation.out_of_range": {
        "en": "must be between {low} and {high}",
        "zh": "必须介于 {low} 和 {high} 之间",
    },
    "validation.bad_choice": {"en": "must be one of: {choices}", "zh": "必须是以下之一：{choices}"},
    "validation.bad_date": {"en": "is not a valid date (YYYY-MM-DD)", "zh": "不是有效日期（YYYY-MM-DD）"},
    "validation.bad_url": {
        "en": "must be a web address starting with http:// or https://",
        "zh": "必须是以 http:// 或 https:// 开头的网址",
    },
    "validation.unknown": {"en": "is not known in this workspace", "zh": "在此工作区中不存在"},
    "validation.duplicate": {"en": "already exists", "zh": "已存在"},
    # Roles, stages, tiers, statuses, directions
    "role.mentor": {"en": "Mentor", "zh": "导师"},
    "role.frentor": {"en": "Frentor", "zh": "益友"},
    "role.peer": {"en": "Peer", "zh": "同行"},
    "role.mentee": {"en": "Mentee", "zh": "学员"},
    "stage.noticed": {"en": "Noticed", "zh": "已关注到"},
    "stage.following": {"en": "Following", "zh": "持续关注"},
    "stage.engaging": {"en": "Engaging", "zh": "主动付出"},
    "stage.conversation": {"en": "In conversation", "zh": "对话中"},
    "stage.trusted": {"en": "Frentor / trusted", "zh": "益友 / 信任"},
    "stage.paused": {"en": "Paused", "zh": "暂停"},
    "tier.strongest": {"en": "Strongest tie", "zh": "最强联系"},
    "tier.fifty_fifty": {"en": "50-50", "zh": "五五开"},
    "tier.long_shot": {"en": "Long shot", "zh": "远期目标"},
    "status.idea": {"en": "Idea", "zh": "想法"},
    "status.exploring": {"en": "Exploring", "zh": "探索中"},
    "status.focus": {"en": "Focus", "zh": "聚焦"},
    "status.parked": {"en": "Parked", "zh": "搁置"},
    "direction.gave": {"en": "I gave", "zh": "我付出"},
    "direction.received": {"en": "I received", "zh": "我收获"},
    "side.offer": {"en": "I offer", "zh": "我能提供"},
    "side.want": {"en": "I want to learn", "zh": "我想学习"},
    # Built-in value kinds
    "kind.bought_book": {"en": "Bought their book", "zh": "购买了对方的书"},
    "kind.rated_podcast": {"en": "Rated or reviewed their podcast", "zh": "给对方的播客评分或写评论"},
    "kind.shared_work": {"en": "Shared their work", "zh": "转发分享了对方的作品"},
    "kind.thoughtful_comment": {"en": "Left a thoughtful comment", "zh": "留下用心的评论"},
    "kind.attended_launch": {"en": "Pre-ordered or attended a launch", "zh": "预购或参加了发布活动"},
    "kind.volunteered_event": {"en": "Volunteered at their event", "zh": "在对方的活动中做志愿者"},
    "kind.thank_you_note": {"en": "Sent a thank-you note", "zh": "寄出感谢信"},
    "kind.introduction": {"en": "Introduction", "zh": "引荐介绍"},
    "kind.skill_trade": {"en": "Skill trade", "zh": "技能交换"},
    "kind.proofreading": {"en": "Proofreading", "zh": "校对文稿"},
    "kind.feedback": {"en": "Feedback", "zh": "反馈意见"},
    "kind.referral": {"en": "Referral", "zh": "推荐机会"},
    "kind.taught": {"en": "Taught or mentored", "zh": "教学或指导"},
    "kind.advice": {"en": "Advice", "zh": "建议"},
    # Shared UI words
    "ui.save": {"en": "Save", "zh": "保存"},
    "ui.cancel": {"en": "Cancel", "zh": "取消"},
    "ui.delete": {"en": "Delete", "zh": "删除"},
    "ui.confirm_delete": {"en": "Yes, delete", "zh": "确认删除"},
    "ui.confirm_loss": {
        "en": "This cannot be undone. It deletes {lose} in this workspace. Download a backup from Reports first "
        "if you may want any of it back.",
        "zh": "此操作无法撤销，将删除此工作区中的 {lose}。如果以后可能还需要，请先在“报告”页下载备份。",
    },
    "ui.next_step": {"en": "Next step: {page}", "zh": "下一步：{page}"},
    # Home (foundation slice; the dashboard grows in the Exchange issue)
    "home.purpose": {
        "en": "Your coach for finding mentors the organic way: know your passions, pick people, give first, "
        "keep a ledger of value, and look back.",
        "zh": "以自然的方式寻找导师的教练：认清热情、选择对象、先付出、记录价值往来，并定期回顾。",
    },
    "home.empty": {
        "en": "Your workspace is empty. Start with step 1: write down what you care about, freely and without "
        "judging. Or load demo data to look around first.",
        "zh": "你的工作区还是空的。从第 1 步开始：自由地写下你在意的事情，不评判。也可以先加载示例数据看看。",
    },
    "home.load_demo": {"en": "Load demo data", "zh": "加载示例数据"},
    "home.demo_loaded": {
        "en": "Demo data loaded: {people} people, {entries} ledger entries.",
        "zh": "已加载示例数据：{people} 位联系人，{entries} 条账本记录。",
    },
    "home.counts": {
        "en": "{passions} passions · {people} people · {entries} ledger entries",
        "zh": "{passions} 个热情方向 · {people} 位联系人 · {entries} 条账本记录",
    },
    # Settings
    "settings.purpose": {
        "en": "Demo data, starting again, backups, and where your data lives.",
        "zh": "示例数据、从头开始、备份，以及数据存放的位置。",
    },
    "settings.data": {"en": "Data", "zh": "数据"},
    "settings.demo_help": {
        "en": "Demo data replaces everything in this workspace with a realistic example network. If the workspace "
        "already holds your own work, you will be asked to confirm first.",
        "zh": "示例数据会用一个真实感的示例人脉替换此工作区的全部内容。如果工作区里已有你自己的内容，会先请你确认。",
    },
    "settings.demo_replace": {"en": "Yes, replace it with demo data", "zh": "确认用示例数据替换"},
    "settings.clear": {"en": "Clear this workspace", "zh": "清空此工作区"},
    "settings.clear_help": {
        "en": "Start again from an empty workspace, as on your first visit. Your language choice is kept.",
        "zh": "从空白工作区重新开始，就像第一次使用时一样。语言设置会保留。",
    },
    "settings.clear_empty": {"en": "This workspace is already empty.", "zh": "此工作区已经是空的。"},
    "settings.cleared": {"en": "Workspace cleared.", "zh": "工作区已清空。"},
    "settings.backup": {"en": "Backups", "zh": "备份"},
    "settings.backup_help": {
        "en": "Your backup is the zip of CSV files on Reports: it holds everything in this workspace, and only this "
        "workspace. Keep it somewhere safe; Reports can import it back.",
        "zh": "你的备份就是“报告”页上的 CSV 压缩包：它包含此工作区的全部内容，也只包含此工作区。请妥善保存；"
        "之后可以在“报告”页把它导入回来。",
    },
    "settings.backup_action": {"en": "Download a backup on Reports", "zh": "去“报告”页下载备份"},
    "settings.location": {"en": "Database location", "zh": "数据库位置"},
    "settings.location_source": {"en": "chosen by: {source}", "zh": "来源：{source}"},
}

# Field names used in validation messages (shared by forms and importers).
MESSAGES.update(
    {
        "field.name": {"en": "Name", "zh": "姓名"},
        "field.role": {"en": "Role", "zh": "角色"},
        "field.stage": {"en": "Stage", "zh": "阶段"},
        "field.reach_tier": {"en": "Reach", "zh": "可及程度"},
        "field.organisation": {"en": "Organisation", "zh": "机构"},
        "field.notes": {"en": "Notes", "zh": "备注"},
        "field.note": {"en": "Note", "zh": "备注"},
        "field.url": {"en": "Link", "zh": "链接"},
        "field.date": {"en": "Date", "zh": "日期"},
        "field.counterpart": {"en": "Who", "zh": "对象"},
        "field.direction": {"en": "Direction", "zh": "方向"},
        "field.kind": {"en": "Kind of value", "zh": "价值类型"},
        "field.points": {"en": "Points", "zh": "分值"},
        "field.hours": {"en": "Hours", "zh": "小时数"},
        "field.passion": {"en": "Passion", "zh": "热情方向"},
    }
)

# Backups
MESSAGES.update(
    {
        "backup.target_exists": {
            "en": "A file already exists at {path}; choose another name.",
            "zh": "{path} 已存在同名文件，请换一个名称。",
        },
        "backup.missing": {"en": "No backup file at {path}.", "zh": "{path} 处没有备份文件。"},
        "backup.reminder": {
            "en": "Your last backup or export is more than {days} days old (or there is none). Export a backup from "
            "Reports so your history is safe.",
            "zh": "你最近一次备份或导出已超过 {days} 天（或从未备份）。请在“报告”页导出一份备份，保护你的记录。",
        },
    }
)

MESSAGES.update(
    {
        "home.backup_action": {"en": "Export a backup now", "zh": "立即导出备份"},
    }
)
