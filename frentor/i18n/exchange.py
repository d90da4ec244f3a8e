"""Messages for the exchange area (ledger, quick log, value kinds): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Field names of this area (validation messages name them)
    "field.entry": {"en": "Entry", "zh": "记录"},
    "field.default_points": {"en": "Default points", "zh": "默认分值"},
    "field.usual_direction": {"en": "Usual direction", "zh": "常见方向"},
    # Validation and warnings
    "ledger.validation.one_counterpart": {
        "en": "choose either a person or a community, not both",
        "zh": "请选择一位联系人或一个社群，不能同时选两者",
    },
    "ledger.warn.future_date": {
        "en": "This date is in the future. That is fine for something already promised, but check it is not a typo.",
        "zh": "这个日期在未来。如果是已经约定好的事没问题，但请确认不是输错了。",
    },
    "kinds.validation.builtin_name": {
        "en": "built-in kinds keep their name; add your own kind instead",
        "zh": "内置类型的名称不能修改；可以另外添加你自己的类型",
    },
    # Homework items (the give-first check lists the missing ones)
    "ledger.homework.homework_read_work": {"en": "read or listen to their work", "zh": "阅读或收听对方的作品"},
    "ledger.homework.homework_public_answers": {
        "en": "look for what they have already answered in public",
        "zh": "查找对方已经公开回答过的问题",
    },
    "ledger.homework.homework_new_questions": {
        "en": "prepare questions nobody has asked them yet",
        "zh": "准备别人还没问过的问题",
    },
    "ledger.homework.homework_how_to_help": {
        "en": "think about how you could help them",
        "zh": "想一想你能怎样帮到对方",
    },
    # Quick log
    "quick_log.title": {"en": "Log an act of value", "zh": "记录一次价值往来"},
    "quick_log.search": {"en": "Find someone", "zh": "查找对象"},
    "quick_log.search_placeholder": {
        "en": "Type part of a name; recent contacts are listed first",
        "zh": "输入名字的一部分；最近有往来的排在前面",
    },
    "quick_log.no_counterparts": {
        "en": "No people or communities match. Add people on the People page first.",
        "zh": "没有匹配的联系人或社群。请先在“人脉”页添加联系人。",
    },
    "quick_log.community_label": {"en": "{name} (community or event)", "zh": "{name}（社群或活动）"},
    "quick_log.counterpart_placeholder": {"en": "Choose a person or community", "zh": "选择联系人或社群"},
    "quick_log.kind_placeholder": {"en": "What was it?", "zh": "是哪种价值？"},
    "quick_log.kind_option": {"en": "{kind} · {points} pts", "zh": "{kind} · {points} 分"},
    "quick_log.more": {
        "en": "More details (date, points, hours, passion, note)",
        "zh": "更多细节（日期、分值、小时、热情方向、备注）",
    },
    "quick_log.points_default": {"en": "Default: {points}", "zh": "默认：{points}"},
    "quick_log.points_from_kind": {"en": "From the kind", "zh": "按类型默认"},
    "quick_log.optional": {"en": "Optional", "zh": "可选"},
    "quick_log.save": {"en": "Log it", "zh": "记下来"},
    "quick_log.saved": {
        "en": "Logged. Every exchange keeps the relationship warm.",
        "zh": "已记录。每一次往来都让关系保持温度。",
    },
    "quick_log.give_first.not_given": {
        "en": "You have not logged anything given to this person yet. Giving first, expecting nothing back, is what "
        "turns a stranger into a frentor.",
        "zh": "你还没有记录过为这位对象付出的任何价值。先付出、不求回报，才能让陌生人变成益友。",
    },
    "quick_log.give_first.homework": {
        "en": "Homework still open: {items}.",
        "zh": "尚未完成的功课：{items}。",
    },
    "quick_log.give_first.ideas": {
        "en": "Easy ways to give first: {ideas}.",
        "zh": "可以先付出的简单方式：{ideas}。",
    },
    "quick_log.give_first.not_blocking": {
        "en": "You can still log what you received.",
        "zh": "你仍然可以记录这次收获。",
    },
    # Ledger page
    "ledger.purpose": {
        "en": "Every act of value you give and receive, in one place. Log it in seconds; fix it any time.",
        "zh": "你付出与收获的每一份价值都记在这里。几秒钟就能记下，随时可以修改。",
    },
    "ledger.tab.entries": {"en": "Entries", "zh": "记录"},
    "ledger.tab.kinds": {"en": "Kinds of value", "zh": "价值类型"},
    "ledger.empty": {
        "en": "No exchanges logged yet. The method starts with giving first, expecting nothing back: buy their "
        "book, rate or review their podcast, share their work with a line on why it matters, leave a thoughtful "
        "comment, or volunteer at their event. Pick someone on the People page, do one small thing for them, "
        "and log it above.",
        "zh": "还没有任何往来记录。这套方法从“先付出、不求回报”开始：买一本对方的书，给对方的播客评分或写评论，"
        "转发对方的作品并说说它为什么有价值，留下一条用心的评论，或者去对方的活动做志愿者。"
        "在“人脉”页选一位对象，为对方做一件小事，然后在上方记录下来。",
    },
    "ledger.empty_link": {"en": "Choose someone to give to on the People page", "zh": "去“人脉”页选一位付出对象"},
    "ledger.filters": {"en": "Filters", "zh": "筛选"},
    "ledger.filter.from": {"en": "From", "zh": "起始日期"},
    "ledger.filter.to": {"en": "To", "zh": "结束日期"},
    "ledger.filter.counterpart": {"en": "Person or community", "zh": "联系人或社群"},
    "ledger.filter.any": {"en": "Any", "zh": "不限"},
    "ledger.page": {"en": "Page", "zh": "页码"},
    "ledger.showing": {
        "en": "Showing {first}–{last} of {total} matching entries, newest first.",
        "zh": "显示符合条件的 {total} 条记录中的第 {first}–{last} 条，最新的在前。",
    },
    "ledger.narrow": {
        "en": "Narrow the filters to reach older entries.",
        "zh": "如需查看更早的记录，请缩小筛选范围。",
    },
    "ledger.no_match": {
        "en": "No entries match these filters. Widen the dates or clear a filter.",
        "zh": "没有符合这些筛选条件的记录。请放宽日期范围或清除某个筛选条件。",
    },
    "ledger.unknown_counterpart": {"en": "(removed)", "zh": "（已删除）"},
    "ledger.col.select": {"en": "Select", "zh": "选择"},
    "ledger.col.select_help": {
        "en": "Tick entries, then use “Delete selected”.",
        "zh": "勾选记录后，点击“删除所选”。",
    },
    "ledger.save_edits": {"en": "Save changes ({count})", "zh": "保存修改（{count}）"},
    "ledger.edits_saved": {"en": "Saved changes to {count} entries.", "zh": "已保存 {count} 条记录的修改。"},
    "ledger.delete_selected": {"en": "Delete selected ({count})", "zh": "删除所选（{count}）"},
    "ledger.discard": {"en": "Undo unsaved changes", "zh": "撤销未保存的修改"},
    "ledger.confirm_delete": {
        "en": "Delete {count} entries for good? Balances and charts will change. This cannot be undone.",
        "zh": "确定永久删除 {count} 条记录吗？关系平衡和图表会随之改变，且无法撤销。",
    },
    "ledger.deleted": {"en": "Deleted {count} entries.", "zh": "已删除 {count} 条记录。"},
    # Kinds of value
    "kinds.intro": {
        "en": "Each kind suggests default points when you log it. Changing a default applies to new entries only: "
        "past entries keep the points they were logged with.",
        "zh": "每种类型在记录时都会给出默认分值。修改默认分值只影响之后的新记录，已有记录保留当时的分值。",
    },
    "kinds.col.builtin": {"en": "Built-in", "zh": "内置"},
    "kinds.col.archived": {"en": "Hidden", "zh": "隐藏"},
    "kinds.col.archived_help": {
        "en": "Hidden kinds are not offered when logging; their past entries stay.",
        "zh": "隐藏的类型在记录时不再出现；已有记录保持不变。",
    },
    "kinds.col.used": {"en": "Entries", "zh": "记录数"},
    "kinds.direction.gave": {"en": "Usually given", "zh": "通常是付出"},
    "kinds.direction.received": {"en": "Usually received", "zh": "通常是收获"},
    "kinds.direction.either": {"en": "Either way", "zh": "双向皆可"},
    "kinds.save": {"en": "Save kinds", "zh": "保存类型"},
    "kinds.saved": {"en": "Kinds saved. Past entries keep their points.", "zh": "类型已保存。已有记录的分值不变。"},
    "kinds.add_title": {"en": "Add your own kind", "zh": "添加自定义类型"},
    "kinds.add": {"en": "Add kind", "zh": "添加类型"},
    "kinds.added": {"en": "Added “{name}”.", "zh": "已添加“{name}”。"},
}
