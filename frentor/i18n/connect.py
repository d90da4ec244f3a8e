"""Messages for the connect area (People and Shortlist pages): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Field names (validation messages and form labels)
    "field.person_hashtags": {"en": "Hashtags they use", "zh": "对方常用的话题标签"},
    "field.person_platform": {"en": "Platform", "zh": "平台"},
    "field.person_channels": {"en": "Where they post", "zh": "对方在哪里发布内容"},
    "field.person_offers": {"en": "What they offer", "zh": "对方能提供的"},
    "field.person_needs": {"en": "What they need", "zh": "对方需要的"},
    "field.person_passions": {"en": "Passions they relate to", "zh": "相关的热情方向"},
    "field.person_communities": {"en": "Where you meet them", "zh": "在哪里遇见对方"},
    "field.person_next_action": {"en": "Next action", "zh": "下一步行动"},
    "field.person_next_action_due": {"en": "Due", "zh": "截止日期"},
    "field.person_keep_in_touch": {"en": "Keep in touch every (days)", "zh": "每隔多少天联系一次"},
    "field.person_question": {"en": "Question", "zh": "问题"},
    "field.weight_passion": {"en": "Weight of passion overlap", "zh": "热情重合度的权重"},
    "field.weight_skills": {"en": "Weight of skill complementarity", "zh": "技能互补度的权重"},
    "field.weight_reach": {"en": "Weight of reachability", "zh": "可及程度的权重"},
    "field.weight_engagement": {"en": "Weight of engagement so far", "zh": "已有投入的权重"},
    # Errors
    "people.not_found": {
        "en": "This person is no longer in this workspace (perhaps deleted in another tab).",
        "zh": "此联系人已不在当前工作区（可能已在其他标签页中删除）。",
    },
    "people.delete_has_ledger": {
        "en": "Not deleted: this person has {entries} ledger entries. Archive them to keep your history, or "
        "tick the box to delete those entries too.",
        "zh": "未删除：此联系人有 {entries} 条账本记录。可以将其归档以保留历史，或勾选选项连同这些记录一起删除。",
    },
    # People page
    "people.purpose": {
        "en": "The people around your passions: who they are to you, where they post, what you could trade, "
        "and the next step with each.",
        "zh": "围绕你热情方向的人：他们对你意味着什么、在哪里发布内容、你们可以交换什么，以及与每个人的下一步。",
    },
    "people.empty": {
        "en": "No one here yet. Step 2 of the method: list the people who interest you most in your focus "
        "passions — a few further along (mentors), some beside you with skills you lack (frentors). Add the "
        "first one below; you only need a name.",
        "zh": "这里还没有人。方法第 2 步：列出在你聚焦的热情方向里最让你感兴趣的人——几位走在你前面的（导师），"
        "以及一些与你并肩、拥有你所缺技能的人（益友）。在下方添加第一位，只需填写姓名即可。",
    },
    "people.add": {"en": "Add a person", "zh": "添加联系人"},
    "people.add_submit": {"en": "Add person", "zh": "添加"},
    "people.added": {"en": "Added {name}.", "zh": "已添加 {name}。"},
    "people.role_help": {
        "en": "Mentor: further along than you. Frentor: a peer whose expertise complements yours. Peer: on a "
        "similar path. Mentee: someone you teach.",
        "zh": "导师：比你走得更远的人。益友：专长与你互补的同辈。同行：走在相似道路上的人。学员：由你来教的人。",
    },
    "people.tier_help": {
        "en": "How reachable they are: your strongest ties, a 50-50 chance, or a long shot.",
        "zh": "对方有多容易接触到：最强联系、五五开，还是远期目标。",
    },
    "people.channels_help": {
        "en": "One per line: the platform, then the link. Example: Blog https://example.com",
        "zh": "每行一个：先写平台，再写链接。例如：Blog https://example.com",
    },
    "people.keep_in_touch_help": {
        "en": "Leave at 0 to use the default for their role: mentor {mentor}, frentor {frentor}, peer {peer}, "
        "mentee {mentee} days.",
        "zh": "填 0 则按角色使用默认值：导师 {mentor} 天，益友 {frentor} 天，同行 {peer} 天，学员 {mentee} 天。",
    },
    "people.skills_help": {
        "en": "Pick from the skills you already listed, or type a new one. Matching names become skill trades.",
        "zh": "可从已列出的技能中选择，也可以输入新的。名称相同的技能会成为技能交换的机会。",
    },
    "people.search": {"en": "Search name, organisation, hashtags, notes", "zh": "搜索姓名、机构、话题标签、备注"},
    "people.filter_role": {"en": "Roles", "zh": "角色"},
    "people.filter_stage": {"en": "Stages", "zh": "阶段"},
    "people.filter_tier": {"en": "Reach", "zh": "可及程度"},
    "people.filter_passion": {"en": "Passion", "zh": "热情方向"},
    "people.filter_any": {"en": "Any passion", "zh": "任意热情方向"},
    "people.include_archived": {"en": "Show archived people", "zh": "显示已归档的人"},
    "people.showing": {
        "en": "Showing {start}–{end} of {total} people",
        "zh": "显示第 {start}–{end} 位，共 {total} 位",
    },
    "people.page": {"en": "Page", "zh": "页码"},
    "people.no_match": {
        "en": "No one matches these filters. Clear the search or pick fewer filters.",
        "zh": "没有符合这些筛选条件的人。请清空搜索或减少筛选条件。",
    },
    "people.open": {"en": "Open a person", "zh": "查看联系人"},
    "people.col.keep_in_touch": {"en": "Keep in touch (days)", "zh": "联系间隔（天）"},
    "people.col.homework": {"en": "Homework (of {total})", "zh": "功课（共 {total} 项）"},
    "people.col.last_exchange": {"en": "Last exchange", "zh": "最近一次往来"},
    "people.chart.funnel": {"en": "Pipeline by stage", "zh": "各阶段人数"},
    "people.chart.people_axis": {"en": "People (count)", "zh": "人数"},
    "people.chart.funnel_caption": {
        "en": "How many people sit at each stage, from first noticed to trusted; paused people are grey.",
        "zh": "从初次关注到建立信任，每个阶段各有多少人；暂停的人以灰色显示。",
    },
    "people.chart.roles": {"en": "Role mix", "zh": "角色构成"},
    "people.chart.roles_caption": {
        "en": "A healthy network mixes people ahead of you, beside you and behind you.",
        "zh": "健康的人脉里，既有走在你前面的人，也有与你并肩和在你身后的人。",
    },
    "people.detail.summary": {"en": "{role} · {stage} · {tier}", "zh": "{role} · {stage} · {tier}"},
    "people.detail.archived": {
        "en": "Archived: hidden from lists and the shortlist; the ledger history is kept.",
        "zh": "已归档：不会出现在列表和候选名单中，账本历史仍然保留。",
    },
    "people.detail.next_action": {"en": "Next action: {action} (due {due})", "zh": "下一步：{action}（截止 {due}）"},
    "people.detail.next_action_undated": {"en": "Next action: {action}", "zh": "下一步：{action}"},
    "people.detail.no_next_action": {
        "en": "No next action yet. Decide one small, concrete step and give it a date (Edit below).",
        "zh": "还没有下一步。定一个小而具体的行动，并写上日期（见下方“编辑”）。",
    },
    "people.detail.keep_in_touch": {"en": "Keep in touch every {days} days", "zh": "每 {days} 天联系一次"},
    "people.detail.keep_in_touch_default": {
        "en": "Keep in touch every {days} days (default for this role)",
        "zh": "每 {days} 天联系一次（此角色的默认值）",
    },
    "people.detail.links": {"en": "Where they post", "zh": "对方在哪里发布内容"},
    "people.tab.stage": {"en": "Stage & next step", "zh": "阶段与下一步"},
    "people.tab.homework": {"en": "Homework", "zh": "功课"},
    "people.tab.give": {"en": "Give & trade", "zh": "付出与交换"},
    "people.tab.edit": {"en": "Edit", "zh": "编辑"},
    "people.tab.manage": {"en": "Archive or delete", "zh": "归档或删除"},
    "people.stage.title": {"en": "Stage", "zh": "阶段"},
    "people.stage.move_to": {"en": "Move to", "zh": "移动到"},
    "people.stage.move": {"en": "Move to “{stage}”", "zh": "移动到“{stage}”"},
    "people.stage.expect": {
        "en": "What the method expects by “{stage}”:",
        "zh": "按照方法，到“{stage}”阶段时应当做到：",
    },
    "people.stage.expect_none": {
        "en": "Nothing to check: pausing or stepping back is always fine.",
        "zh": "无需检查：暂停或退回一步随时都可以。",
    },
    "people.stage.all_met": {"en": "All set: this move fits the method.", "zh": "都已做到：这一步符合方法。"},
    "people.stage.some_unmet": {
        "en": "Some of this is not done yet. You can still move: it is your decision.",
        "zh": "还有几项没有完成。你仍然可以移动：这由你决定。",
    },
    "people.stage.moved": {"en": "Moved to {stage}.", "zh": "已移动到“{stage}”。"},
    "people.stage.moved_unmet": {
        "en": "Moved to {stage}; {count} expectation(s) still open.",
        "zh": "已移动到“{stage}”；还有 {count} 项期望未完成。",
    },
    "stage_rule.knows_channel": {
        "en": "You know where they post (a link or platform is saved).",
        "zh": "你知道对方在哪里发布内容（已保存链接或平台）。",
    },
    "stage_rule.read_work": {
        "en": "You have read or listened to their main work.",
        "zh": "你已读过或听过对方的主要作品。",
    },
    "stage_rule.gave_value": {
        "en": "You have given value first (at least one “I gave” entry in the ledger).",
        "zh": "你已先付出价值（账本中至少有一条“我付出”的记录）。",
    },
    "stage_rule.homework_complete": {
        "en": "Your homework on them is complete (all four items).",
        "zh": "关于对方的功课已全部完成（四项都已勾选）。",
    },
    "stage_rule.has_question": {
        "en": "You have prepared at least one question nobody has asked them.",
        "zh": "你至少准备了一个别人没问过的问题。",
    },
    "stage_rule.both_ways": {
        "en": "Value has flowed both ways (you gave and you received).",
        "zh": "价值已双向流动（你有付出，也有收获）。",
    },
    "people.homework.caption": {
        "en": "Research, not stalking: respect their time by knowing what they have already said.",
        "zh": "是做研究，不是打探隐私：先了解对方已公开说过的内容，尊重对方的时间。",
    },
    "people.homework.progress": {"en": "{done} of {total} done", "zh": "已完成 {done}/{total} 项"},
    "people.homework.save": {"en": "Save homework", "zh": "保存功课"},
    "people.homework.saved": {"en": "Homework saved.", "zh": "功课已保存。"},
    "homework.homework_read_work": {
        "en": "I read or listened to their main work",
        "zh": "我读过或听过对方的主要作品",
    },
    "homework.homework_public_answers": {
        "en": "I noted what they have already answered in public",
        "zh": "我记下了对方已公开回答过的问题",
    },
    "homework.homework_new_questions": {
        "en": "I prepared questions nobody has asked them",
        "zh": "我准备了别人没问过的问题",
    },
    "homework.homework_how_to_help": {
        "en": "I know how I could help them",
        "zh": "我知道自己可以怎样帮助对方",
    },
    "people.questions.title": {"en": "Prepared questions", "zh": "准备好的问题"},
    "people.questions.caption": {
        "en": "Ask what nobody has asked, or ask them to go deeper on something they said.",
        "zh": "问别人没问过的，或者请对方就说过的某一点再深入谈谈。",
    },
    "people.questions.new": {"en": "New question", "zh": "新问题"},
    "people.questions.add": {"en": "Add question", "zh": "添加问题"},
    "people.questions.added": {"en": "Question added.", "zh": "问题已添加。"},
    "people.questions.none": {"en": "No questions prepared yet.", "zh": "还没有准备任何问题。"},
    "people.questions.asked": {"en": "Asked", "zh": "已提问"},
    "people.questions.delete": {"en": "Remove", "zh": "移除"},
    "people.questions.delete_confirm": {
        "en": "Remove this question for good? {question}",
        "zh": "要彻底删除这个问题吗？{question}",
    },
    "give_first.title": {"en": "Before you ask them for anything", "zh": "在向对方开口之前"},
    "give_first.ok": {
        "en": "You have given first and done your homework: asking for help now is fair.",
        "zh": "你已先付出并做好了功课：现在请对方帮忙是合理的。",
    },
    "give_first.not_given": {
        "en": "You have not given them anything yet. Give first, expecting nothing back.",
        "zh": "你还没有为对方付出过任何东西。先付出，不求回报。",
    },
    "give_first.given": {
        "en": "You have given {points} points of value so far.",
        "zh": "到目前为止你已付出 {points} 分的价值。",
    },
    "give_first.missing_homework": {
        "en": "Homework still open: {items}.",
        "zh": "尚未完成的功课：{items}。",
    },
    "give_first.suggest": {"en": "Easy ways to give first: {kinds}.", "zh": "简单的先付出方式：{kinds}。"},
    "give_first.offer_skills": {
        "en": "They need something you offer: {skills}. That is the most personal gift.",
        "zh": "对方需要你能提供的：{skills}。这是最贴心的付出。",
    },
    "trades.title": {"en": "Possible skill trades", "zh": "可能的技能交换"},
    "trades.i_give": {
        "en": "You offer {skill}, and they need it.",
        "zh": "你能提供“{skill}”，而对方正需要。",
    },
    "trades.i_get": {
        "en": "They offer {skill}, and you want to learn it.",
        "zh": "对方能提供“{skill}”，而你正想学。",
    },
    "trades.none": {
        "en": "No trade yet: add what they offer and need (Edit), and your own skills on the Skills page.",
        "zh": "暂时没有可交换的技能：在“编辑”中填写对方能提供和需要的，并在“技能”页填写你自己的技能。",
    },
    "people.edit.saved": {"en": "Saved {name}.", "zh": "已保存 {name}。"},
    "people.archive": {"en": "Archive", "zh": "归档"},
    "people.unarchive": {"en": "Bring back from archive", "zh": "从归档中恢复"},
    "people.archive_help": {
        "en": "Archiving hides them from lists and the shortlist and keeps everything, including the ledger.",
        "zh": "归档会让对方不再出现在列表和候选名单中，但保留所有内容，包括账本记录。",
    },
    "people.archived_toast": {"en": "{name} archived.", "zh": "已归档 {name}。"},
    "people.unarchived_toast": {"en": "{name} is back.", "zh": "{name} 已恢复。"},
    "people.delete.impact": {
        "en": "Deleting {name} removes them for good, with {links} passion/community/skill links, {questions} "
        "prepared questions and {channels} links to where they post.",
        "zh": "删除 {name} 将永久移除此人，以及 {links} 条热情方向/社群/技能关联、{questions} 个准备好的问题和 "
        "{channels} 个发布渠道链接。",
    },
    "people.delete.has_ledger": {
        "en": "They have {entries} ledger entries. We suggest archiving instead, so your balance history stays "
        "true. To delete anyway, tick the box: the entries go too.",
        "zh": "此人有 {entries} 条账本记录。建议改为归档，以保持关系平衡历史的真实。若仍要删除，请勾选下方选项："
        "这些记录也会一并删除。",
    },
    "people.delete.with_ledger": {
        "en": "Also delete their {entries} ledger entries",
        "zh": "同时删除此人的 {entries} 条账本记录",
    },
    "people.delete.done": {"en": "{name} deleted.", "zh": "已删除 {name}。"},
    # Shortlist page
    "shortlist.purpose": {
        "en": "Who to approach first, and why: a score from parts you weigh yourself.",
        "zh": "先接触谁，以及为什么：由你自己设定权重的各项得分。",
    },
    "shortlist.empty": {
        "en": "The shortlist ranks the people you have added. Add a few people first, ideally linked to your focus "
        "passions.",
        "zh": "候选名单会为你添加的人排序。请先添加几位联系人，最好关联到你聚焦的热情方向。",
    },
    "shortlist.no_focus": {
        "en": "You have no focus passions yet, so passion overlap counts zero for everyone. Mark one to three "
        "passions as focus on the Passions page.",
        "zh": "你还没有聚焦的热情方向，因此每个人的热情重合度都是 0。请在“热情所在”页把一到三个方向标为聚焦。",
    },
    "shortlist.no_skills": {
        "en": "List what you offer and want to learn on the Skills page, so skill complementarity can count.",
        "zh": "在“技能”页列出你能提供的和想学的，技能互补度才会计分。",
    },
    "shortlist.weights.title": {"en": "What matters to you", "zh": "你看重什么"},
    "shortlist.weights.caption": {
        "en": "Each part scores 0 to 1; the weights say how much each counts. Saved for this workspace.",
        "zh": "每一项得分在 0 到 1 之间；权重决定每项占多少比重。设置会保存在此工作区。",
    },
    "shortlist.weights.reset": {"en": "Reset weights", "zh": "恢复默认权重"},
    "shortlist.weights.saved": {"en": "Weights saved.", "zh": "权重已保存。"},
    "shortlist.weights.zero": {
        "en": "All weights are zero, so everyone scores 0. Raise at least one.",
        "zh": "所有权重都为 0，所以每个人都是 0 分。请至少调高一项。",
    },
    "part.passion": {"en": "Passion overlap", "zh": "热情重合度"},
    "part.skills": {"en": "Skill complementarity", "zh": "技能互补度"},
    "part.reach": {"en": "Reachability", "zh": "可及程度"},
    "part.engagement": {"en": "Engagement so far", "zh": "已有投入"},
    "part_help.passion": {
        "en": "Shares your focus passions (full marks at {full_at}).",
        "zh": "与你聚焦的热情方向重合（重合 {full_at} 个即满分）。",
    },
    "part_help.skills": {
        "en": "Half for offering what you want to learn, half for needing what you offer.",
        "zh": "对方能提供你想学的占一半，对方需要你能提供的占一半。",
    },
    "part_help.reach": {
        "en": "Strongest tie 1, 50-50 0.6, long shot 0.25.",
        "zh": "最强联系 1 分，五五开 0.6 分，远期目标 0.25 分。",
    },
    "part_help.engagement": {
        "en": "Value you gave in the last {days} days (full marks at {full} points).",
        "zh": "最近 {days} 天内你付出的价值（达到 {full} 分即满分）。",
    },
    "shortlist.filter_role": {"en": "Roles", "zh": "角色"},
    "shortlist.include_paused": {"en": "Include paused people", "zh": "包括已暂停的人"},
    "shortlist.size": {"en": "People per page", "zh": "每页人数"},
    "shortlist.page": {"en": "Page", "zh": "页码"},
    "shortlist.showing": {
        "en": "Ranks {start}–{end} of {total} people",
        "zh": "第 {start}–{end} 名，共 {total} 人",
    },
    "shortlist.no_match": {"en": "No one matches these filters.", "zh": "没有符合这些筛选条件的人。"},
    "shortlist.col.rank": {"en": "Rank", "zh": "排名"},
    "shortlist.col.score": {"en": "Score (of 100)", "zh": "得分（满分 100）"},
    "shortlist.top3.title": {"en": "Your next actions for the top three", "zh": "前三名的下一步行动"},
    "shortlist.top3.line": {
        "en": "{rank}. {name}: {action} (due {due})",
        "zh": "{rank}. {name}：{action}（截止 {due}）",
    },
    "shortlist.top3.undated": {"en": "{rank}. {name}: {action}", "zh": "{rank}. {name}：{action}"},
    "shortlist.top3.none": {
        "en": "{rank}. {name}: no next action yet. Open them on the People page and decide one.",
        "zh": "{rank}. {name}：还没有下一步。请在“人脉”页打开此人并定下一步。",
    },
    "shortlist.why.title": {"en": "Why these scores", "zh": "为什么是这些分数"},
    "shortlist.why.person": {"en": "{rank}. {name} — {score}", "zh": "{rank}. {name} — {score} 分"},
    "shortlist.why.line": {
        "en": "{part}: {explanation} → {points} of {max} points",
        "zh": "{part}：{explanation} → {points} / {max} 分",
    },
    "shortlist.why.passion": {
        "en": "shares {shared} of your focus passions ({titles})",
        "zh": "与你聚焦的热情方向重合 {shared} 个（{titles}）",
    },
    "shortlist.why.passion_none": {"en": "shares none of your focus passions", "zh": "与你聚焦的热情方向没有重合"},
    "shortlist.why.skills": {
        "en": "offers {gets} thing(s) you want to learn; needs {gives} thing(s) you offer",
        "zh": "能提供 {gets} 项你想学的；需要 {gives} 项你能提供的",
    },
    "shortlist.why.reach": {"en": "reach tier “{tier}”", "zh": "可及程度为“{tier}”"},
    "shortlist.why.engagement": {
        "en": "you gave {points} points in the last {days} days",
        "zh": "最近 {days} 天你付出了 {points} 分",
    },
    "shortlist.chart.title": {"en": "Score breakdown", "zh": "得分构成"},
    "shortlist.chart.x": {"en": "Score (points out of 100)", "zh": "得分（满分 100）"},
    "shortlist.chart.caption": {
        "en": "Each bar is one person's score split into its parts, so you can see what lifts them up the list.",
        "zh": "每一条代表一个人的得分，并按各项拆开，让你看清是什么让此人排名靠前。",
    },
    "shortlist.open_people": {"en": "Open the People page", "zh": "打开“人脉”页"},
}
