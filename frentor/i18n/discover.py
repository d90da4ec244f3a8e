"""Messages for the discover area (passions, research, communities, skills): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Field names of this area (validation messages name them)
    "field.passion_title": {"en": "Passion", "zh": "热情方向"},
    "field.passion_status": {"en": "Status", "zh": "状态"},
    "field.excitement": {"en": "Excitement", "zh": "兴奋度"},
    "field.skill_fit": {"en": "Skill fit", "zh": "技能契合"},
    "field.vision_fit": {"en": "Vision fit", "zh": "愿景契合"},
    "field.brainstorm": {"en": "Your list", "zh": "你的清单"},
    "field.passion_hashtags": {"en": "Hashtags", "zh": "话题标签"},
    "field.open_questions": {"en": "Open questions", "zh": "待解的问题"},
    "field.research_notes": {"en": "Research notes", "zh": "调研笔记"},
    "field.channel_platform": {"en": "Platform", "zh": "平台"},
    "field.community_name": {"en": "Community or event", "zh": "社群或活动"},
    "field.community_kind": {"en": "Type", "zh": "类型"},
    "field.starts_on": {"en": "Starts on", "zh": "开始日期"},
    "field.skill_name": {"en": "Skill", "zh": "技能"},
    "field.skill_side": {"en": "Offer or learn", "zh": "提供还是学习"},
    "field.skill_level": {"en": "Level (1-5)", "zh": "水平（1-5）"},
    # Passions page: header and guidance
    "passions.purpose": {
        "en": "Write down what you care about, rate it, keep the few that make your heart race, and learn who is "
        "already doing it.",
        "zh": "写下你在意的事，给它们打分，留下让你心跳加速的那几个，再弄清楚谁已经在做这些事。",
    },
    "passions.metric_ideas": {"en": "Ideas written", "zh": "已写下的想法"},
    "passions.metric_focus": {"en": "In focus", "zh": "聚焦中"},
    "passions.metric_researched": {"en": "Focus researched", "zh": "已调研的聚焦方向"},
    "passions.next_brainstorm": {
        "en": "Start here: list everything you are curious about, one per line. Don't judge yet; quantity first.",
        "zh": "从这里开始：把所有让你好奇的事一行一个写下来。先别评判，数量优先。",
    },
    "passions.next_score": {
        "en": "Good list. Now rate each idea in step 2: how excited you feel, how well your skills fit, and how "
        "well it fits the life you want.",
        "zh": "清单不错。接下来在第 2 步给每个想法打分：你有多兴奋、技能有多契合、与你想要的生活有多契合。",
    },
    "passions.next_narrow": {
        "en": "Now narrow down in step 3: put about three passions in focus. The suggestion there is a starting "
        "point, not a verdict.",
        "zh": "现在到第 3 步收窄：把大约三个方向设为“聚焦”。那里的建议只是起点，不是定论。",
    },
    "passions.next_research": {
        "en": "Research each focus passion in step 4: who is doing it, where they post, their hashtags, events to "
        "attend, and your open questions. Three of the five steps is enough to start.",
        "zh": "在第 4 步为每个聚焦方向做功课：谁在做、他们在哪里发声、常用哪些话题标签、有哪些活动可以参加，"
        "以及你还有哪些疑问。五步里完成三步就可以出发了。",
    },
    "passions.next_people": {
        "en": "Your focus passions are researched. Next, pick the people you want to learn from and with.",
        "zh": "你的聚焦方向都做过功课了。下一步：挑选你想向其学习、与其同行的人。",
    },
    "passions.go_people": {"en": "Go to People", "zh": "前往人脉页面"},
    # Step 1: brainstorm
    "passions.steps_label": {"en": "Step", "zh": "步骤"},
    "passions.step_brainstorm": {"en": "1 · Brainstorm", "zh": "1 · 头脑风暴"},
    "passions.brainstorm_help": {
        "en": "Each line becomes one idea. Empty lines and repeats are skipped; bullets and numbers are removed.",
        "zh": "每一行就是一个想法。空行和重复的行会被跳过，项目符号和编号会被去掉。",
    },
    "passions.prompts_title": {"en": "Stuck? Four questions to get going", "zh": "没有头绪？用四个问题热热身"},
    "passions.prompts": {
        "en": "- What could you do for hours and lose track of time?\n"
        "- What do friends ask you for help with?\n"
        "- Which problem in the world do you wish someone would fix?\n"
        "- What would people gladly pay you to do?\n\n"
        "Where two answers overlap, you may have found a passion.",
        "zh": "- 做什么事会让你废寝忘食？\n"
        "- 朋友们常找你帮什么忙？\n"
        "- 世界上有什么问题，你希望有人去解决？\n"
        "- 做什么事，别人会乐意付钱请你？\n\n"
        "两个答案重叠的地方，也许就是你的热情所在。",
    },
    "passions.brainstorm_label": {"en": "Your ideas, one per line", "zh": "你的想法，每行一个"},
    "passions.brainstorm_placeholder": {
        "en": "Data journalism\nUrban gardening\n创业 · early-stage startups",
        "zh": "数据新闻\n城市园艺\n创业 · 早期创业公司",
    },
    "passions.brainstorm_submit": {"en": "Add these ideas", "zh": "添加这些想法"},
    "passions.brainstorm_done": {
        "en": "Added {added} idea(s). Already on your list: {existing}. Repeated lines skipped: {repeated}.",
        "zh": "已添加 {added} 个想法。清单里已有：{existing} 个。跳过重复行：{repeated} 行。",
    },
    "passions.too_many_lines": {
        "en": "has more than {limit} ideas; add them in smaller batches",
        "zh": "超过 {limit} 个想法，请分批添加",
    },
    "passions.single_title": {"en": "Add one idea with a note", "zh": "添加一个带备注的想法"},
    "passions.single_submit": {"en": "Add idea", "zh": "添加想法"},
    "passions.single_done": {"en": "Added “{title}”.", "zh": "已添加“{title}”。"},
    # Step 2: score
    "passions.step_score": {"en": "2 · Score", "zh": "2 · 打分"},
    "passions.score_help": {
        "en": "Click a cell to change it; changes save at once. Ratings go from 1 (low) to 5 (high). "
        "Tick the ikigai boxes that are true for you.",
        "zh": "点击单元格即可修改，修改会立即保存。评分从 1（低）到 5（高）。勾选对你成立的“生之意义”（ikigai）选项。",
    },
    "passions.score_formula": {
        "en": "**Score** = 2 × excitement + skill fit + vision fit + 1 per ikigai tick (0 to {max}; "
        "an empty rating counts as 0). Excitement counts double: it is what keeps you going.",
        "zh": "**总分** = 2 × 兴奋度 + 技能契合 + 愿景契合 + 每勾选一项 ikigai 加 1（0 到 {max}；"
        "未打分按 0 计）。兴奋度算双倍，因为它决定你能坚持多久。",
    },
    "passions.excitement_help": {
        "en": "Does it make your heart race? 1 = mildly curious, 5 = can't stop thinking about it.",
        "zh": "它会让你心跳加速吗？1 = 有点好奇，5 = 念念不忘。",
    },
    "passions.skill_fit_help": {
        "en": "How much of what you already do well helps here? 1 = starting from zero, 5 = a natural fit.",
        "zh": "你已经擅长的东西在这里能用上多少？1 = 从零开始，5 = 天然契合。",
    },
    "passions.vision_fit_help": {
        "en": "Does it lead toward the life and work you want in a few years? 1 = a detour, 5 = straight there.",
        "zh": "它是否通往你几年后想要的生活和工作？1 = 绕远路，5 = 直达。",
    },
    "passions.ikigai_love": {"en": "Love it", "zh": "热爱"},
    "passions.ikigai_love_help": {"en": "You enjoy doing it for its own sake.", "zh": "你享受做这件事本身。"},
    "passions.ikigai_good_at": {"en": "Good at it", "zh": "擅长"},
    "passions.ikigai_good_at_help": {
        "en": "Others would say you are good at it.",
        "zh": "别人会说你在这方面很在行。",
    },
    "passions.ikigai_world_needs": {"en": "World needs it", "zh": "世界需要"},
    "passions.ikigai_world_needs_help": {
        "en": "It helps people or solves a real problem.",
        "zh": "它能帮助他人或解决真实的问题。",
    },
    "passions.ikigai_paid_for": {"en": "Paid for it", "zh": "有人付费"},
    "passions.ikigai_paid_for_help": {
        "en": "Someone would pay for this work.",
        "zh": "有人愿意为这份工作付钱。",
    },
    "passions.people_column": {"en": "People", "zh": "相关人数"},
    "passions.score_column": {"en": "Score", "zh": "总分"},
    "passions.scores_saved": {"en": "Saved changes to {count} passion(s).", "zh": "已保存 {count} 个热情方向的修改。"},
    "passions.discard_edits": {"en": "Undo my unsaved edits", "zh": "撤销未保存的修改"},
    # Step 3: narrow
    "passions.step_narrow": {"en": "3 · Narrow", "zh": "3 · 收窄"},
    "passions.narrow_help": {
        "en": "Move ideas along in the Status column: idea → exploring → focus, or park them for later. Focus on "
        "about three; you can always swap.",
        "zh": "在“状态”一列中让想法逐步推进：想法 → 探索中 → 聚焦，或者先搁置。聚焦三个左右即可，随时可以调整。",
    },
    "passions.suggestion": {
        "en": "Suggested focus: the top {count} by score.",
        "zh": "建议聚焦：总分最高的 {count} 个。",
    },
    "passions.apply_suggestion": {"en": "Put these in focus", "zh": "把这些设为聚焦"},
    "passions.moved_to_focus": {"en": "{count} passion(s) moved to focus.", "zh": "已有 {count} 个方向设为聚焦。"},
    "passions.no_suggestion": {
        "en": "Rate a few ideas in step 2 and a focus suggestion appears here.",
        "zh": "在第 2 步给几个想法打分后，这里会出现聚焦建议。",
    },
    "passions.too_many_focus": {
        "en": "You have {count} passions in focus. More than {handful} spreads your time thin; consider parking "
        "some for now.",
        "zh": "你现在有 {count} 个聚焦方向。超过 {handful} 个会分散精力，可以考虑暂时搁置一些。",
    },
    "passions.chart_title": {"en": "Passion map", "zh": "热情地图"},
    "passions.chart_x": {"en": "Skill fit (1-5)", "zh": "技能契合（1-5）"},
    "passions.chart_y": {"en": "Excitement (1-5)", "zh": "兴奋度（1-5）"},
    "passions.chart_caption": {
        "en": "Top right is where excitement meets ability. Bigger bubbles have more people linked; ideas on the "
        "same spot are spread slightly so each stays visible.",
        "zh": "右上角是兴奋与能力交汇之处。气泡越大，关联的人越多；位置相同的想法会稍微错开，以免互相遮挡。",
    },
    "passions.chart_unrated": {
        "en": "{count} idea(s) are not on the map yet: give them excitement and skill fit.",
        "zh": "还有 {count} 个想法不在地图上：给它们打上兴奋度和技能契合分。",
    },
    # Step 4: research
    "passions.step_research": {"en": "4 · Research", "zh": "4 · 做功课"},
    "passions.research_help": {
        "en": "Homework, not stalking: learn who is active, where they share, and what is still unanswered, so "
        "that when you reach out you bring something new.",
        "zh": "是做功课，不是窥探：了解谁在活跃、他们在哪里分享、还有哪些问题没人回答，"
        "这样你主动联系时才能带来新东西。",
    },
    "passions.research_empty": {
        "en": "Set at least one passion to Exploring or Focus (in step 3) to research it here.",
        "zh": "先在第 3 步把至少一个方向设为“探索中”或“聚焦”，就可以在这里做功课。",
    },
    "passions.research_pick": {"en": "Research this passion", "zh": "为这个方向做功课"},
    "passions.research_option": {
        "en": "{title} · {status} · {done}/{steps}",
        "zh": "{title} · {status} · {done}/{steps}",
    },
    "passions.research_progress": {
        "en": "{done} of {steps} research steps have something",
        "zh": "{steps} 个调研步骤已完成 {done} 个",
    },
    "passions.tab_who": {"en": "Who", "zh": "谁在做"},
    "passions.tab_where": {"en": "Where they post", "zh": "在哪发声"},
    "passions.tab_notes": {"en": "Hashtags & questions", "zh": "话题与问题"},
    "passions.tab_places": {"en": "Events & communities", "zh": "活动与社群"},
    "passions.who_help": {
        "en": "People already doing this: a little ahead of you, or beside you with skills you lack.",
        "zh": "已经在做这件事的人：比你稍微领先一点的，或与你同行、拥有你所缺技能的人。",
    },
    "passions.who_empty": {"en": "Nobody linked yet.", "zh": "还没有关联任何人。"},
    "passions.who_more": {"en": "Showing {shown} of {count}.", "zh": "显示 {count} 人中的 {shown} 人。"},
    "passions.who_add": {"en": "**Add someone new, linked to this passion**", "zh": "**新增一个人，并关联到此方向**"},
    "passions.who_submit": {"en": "Add person", "zh": "添加此人"},
    "passions.who_added": {
        "en": "Added {name}; you can find them on the People page.",
        "zh": "已添加 {name}，可在人脉页面找到。",
    },
    "passions.link_search": {
        "en": "Or link someone already in People (type part of a name)",
        "zh": "或关联已在人脉中的人（输入部分姓名）",
    },
    "passions.link_none": {"en": "No unlinked person matches.", "zh": "没有匹配的未关联人员。"},
    "passions.link_pick": {"en": "Person", "zh": "人员"},
    "passions.link_submit": {"en": "Link to this passion", "zh": "关联到此方向"},
    "passions.linked": {"en": "Linked {name}.", "zh": "已关联 {name}。"},
    "passions.where_help": {
        "en": "Blogs, newsletters, podcasts, groups or accounts where this topic lives. Follow and read before "
        "you write to anyone.",
        "zh": "这个话题活跃的博客、通讯、播客、群组或账号。联系任何人之前，先关注、先阅读。",
    },
    "passions.where_empty": {"en": "No links yet.", "zh": "还没有链接。"},
    "passions.platform_placeholder": {
        "en": "Choose or type; left empty, it is guessed from the link",
        "zh": "选择或输入；留空则根据链接自动识别",
    },
    "passions.where_submit": {"en": "Add link", "zh": "添加链接"},
    "passions.where_added": {"en": "Link added.", "zh": "链接已添加。"},
    "passions.where_remove_title": {"en": "Remove a link", "zh": "移除链接"},
    "passions.where_remove_pick": {"en": "Link to remove", "zh": "要移除的链接"},
    "passions.where_remove_note": {
        "en": "Only this saved link is removed; nothing else changes.",
        "zh": "只移除这条已保存的链接，其他内容不变。",
    },
    "passions.where_removed": {"en": "Link removed.", "zh": "链接已移除。"},
    "passions.notes_help": {
        "en": "Hashtags help you find the conversation (any language: #创业 works). Open questions are the ones "
        "nobody has answered publicly yet: good material for a first message.",
        "zh": "话题标签帮你找到讨论所在（任何语言都可以，如 #创业）。待解的问题是那些还没人公开回答过的问题，"
        "很适合作为第一次联系的话题。",
    },
    "passions.questions_placeholder": {
        "en": "What would I ask that hasn't been asked in their talks or posts?",
        "zh": "有什么问题是他们在演讲或文章里还没回答过的？",
    },
    "passions.notes_saved": {"en": "Saved ({count} hashtag(s)).", "zh": "已保存（{count} 个话题标签）。"},
    "research.bad_hashtag": {
        "en": "“{tag}” is not a hashtag: use letters, digits, _ or - only",
        "zh": "“{tag}”不是有效的话题标签：只能包含文字、数字、_ 或 -",
    },
    "research.too_many_hashtags": {
        "en": "has more than {limit} hashtags; keep the ones you really follow",
        "zh": "超过 {limit} 个话题标签；请只保留你真正关注的",
    },
    "passions.places_help": {
        "en": "Meetups, conferences, clubs and nonprofits where people of this field gather. Showing up (and "
        "volunteering) is how strangers become frentors.",
        "zh": "这个领域的人聚集的聚会、会议、俱乐部和非营利组织。亲自到场（并做志愿者）是陌生人变成益友的途径。",
    },
    "passions.places_empty": {"en": "No events or communities yet.", "zh": "还没有活动或社群。"},
    "passions.places_submit": {"en": "Add", "zh": "添加"},
    "passions.places_added": {"en": "Added {name}.", "zh": "已添加 {name}。"},
    "communities.kind.community": {"en": "Community", "zh": "社群"},
    "communities.kind.event": {"en": "Event", "zh": "活动"},
    "communities.kind.nonprofit": {"en": "Nonprofit", "zh": "非营利组织"},
    "communities.in_use": {
        "en": "is used by {count} ledger entries; change those entries first",
        "zh": "已被 {count} 条账本记录使用；请先修改这些记录",
    },
    # Step 5 and delete
    "passions.step_next": {"en": "5 · Next: people", "zh": "5 · 下一步：人脉"},
    "passions.next_help": {
        "en": "With a few researched passions, list the people you want to follow, learn from and help.",
        "zh": "有了几个做过功课的方向后，列出你想关注、学习和帮助的人。",
    },
    "passions.delete_title": {"en": "Delete a passion", "zh": "删除热情方向"},
    "passions.delete_pick": {"en": "Passion to delete", "zh": "要删除的方向"},
    "passions.delete_confirm": {
        "en": "Delete “{title}”? This also removes its {people} person link(s) (the people stay in People) and "
        "{channels} saved link(s). {communities} event(s) or communities stay but lose their tie to it, and "
        "{entries} ledger entries stay but lose their passion tag. This cannot be undone.",
        "zh": "确定删除“{title}”吗？同时会移除它的 {people} 条人员关联（人员本身仍保留在人脉中）和 "
        "{channels} 条已保存链接。{communities} 个活动或社群会保留，但不再与它关联；"
        "{entries} 条账本记录会保留，但不再标注此方向。此操作无法撤销。",
    },
    "passions.deleted": {"en": "Deleted “{title}”.", "zh": "已删除“{title}”。"},
    # Skills page
    "skills.purpose": {
        "en": "What you love doing and are good at (you can trade and volunteer it) and what you want to learn.",
        "zh": "你热爱并擅长的事（可以拿来交换和做志愿），以及你想学的东西。",
    },
    "skills.empty": {
        "en": "Skills are your currency in this method: you give first by offering what you do well (proofreading, "
        "research, design, organising...), and you find frentors whose strengths fill your gaps. Add two or "
        "three things you can offer and one you want to learn.",
        "zh": "在这套方法里，技能就是你的“货币”：你先用自己擅长的事付出（校对、调研、设计、组织活动……），"
        "再去寻找能补足你短板的益友。先添加两三项你能提供的技能和一项你想学的技能。",
    },
    "skills.add_title": {"en": "Add a skill", "zh": "添加技能"},
    "skills.add_help": {
        "en": "Write skills as things you do, e.g. “edit podcasts” or “review pitch decks”. Level: 1 = beginner, "
        "5 = could teach it.",
        "zh": "用动作来描述技能，例如“剪辑播客”或“审阅融资路演稿”。水平：1 = 入门，5 = 可以教别人。",
    },
    "skills.add_submit": {"en": "Add skill", "zh": "添加技能"},
    "skills.added": {"en": "Skill added.", "zh": "技能已添加。"},
    "skills.level.none": {"en": "not rated", "zh": "未评级"},
    "skills.level.1": {"en": "1 · beginner", "zh": "1 · 入门"},
    "skills.level.2": {"en": "2 · some practice", "zh": "2 · 有些练习"},
    "skills.level.3": {"en": "3 · capable", "zh": "3 · 能胜任"},
    "skills.level.4": {"en": "4 · strong", "zh": "4 · 很擅长"},
    "skills.level.5": {"en": "5 · could teach it", "zh": "5 · 可以教别人"},
    "skills.level_help": {"en": "1 = beginner, 5 = could teach it", "zh": "1 = 入门，5 = 可以教别人"},
    "skills.offer_title": {"en": "What I offer", "zh": "我能提供的"},
    "skills.offer_help": {
        "en": "What you love doing and are good at: what you can give first, trade or volunteer.",
        "zh": "你热爱并擅长的事：可以先付出、拿来交换或做志愿的东西。",
    },
    "skills.offer_empty": {
        "en": "Nothing yet. Think of what friends ask you to help with.",
        "zh": "还没有。想想朋友们常找你帮什么忙。",
    },
    "skills.want_title": {"en": "What I want to learn", "zh": "我想学习的"},
    "skills.want_help": {
        "en": "Gaps a frentor could fill, and that you could swap for one of your offers.",
        "zh": "益友可以帮你补上的短板，也可以用你能提供的技能来交换。",
    },
    "skills.want_empty": {
        "en": "Nothing yet. What would make your focus passions easier?",
        "zh": "还没有。学会什么能让你的聚焦方向更顺利？",
    },
    "skills.saved": {"en": "Saved changes to {count} skill(s).", "zh": "已保存 {count} 项技能的修改。"},
    "skills.discard_edits": {"en": "Undo my unsaved edits", "zh": "撤销未保存的修改"},
    "skills.remove_title": {"en": "Remove skills", "zh": "移除技能"},
    "skills.remove_pick": {"en": "Skills to remove", "zh": "要移除的技能"},
    "skills.remove_confirm": {
        "en": "Remove {count} skill(s)? Only your own list changes; skills you noted for other people stay.",
        "zh": "确定移除 {count} 项技能吗？只会修改你自己的清单，你为他人记录的技能不受影响。",
    },
    "skills.removed": {"en": "Removed {count} skill(s).", "zh": "已移除 {count} 项技能。"},
    "skills.next_help": {
        "en": "Next: the People step matches your offers with what others need, and your wants with what they offer.",
        "zh": "下一步：人脉步骤会把你能提供的与别人需要的配对，把你想学的与别人能提供的配对。",
    },
    "skills.go_people": {"en": "Find people to trade with", "zh": "寻找可以交换技能的人"},
}
