"""Messages for the balance area (Balance page, health, nudges, Home dashboard): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Fields
    "field.range": {"en": "Period", "zh": "时间范围"},
    "field.mode": {"en": "View", "zh": "视图"},
    # Balance page
    "balance.purpose": {
        "en": "What you gave minus what you received, month by month: for one person, a group, or everyone.",
        "zh": "按月查看你付出的减去你收获的：可以看某一个人、某一群人，或整个人脉。",
    },
    "balance.empty": {
        "en": "No exchanges logged yet. The balance appears once the ledger has entries: log something you gave "
        "(a thoughtful comment, a shared post) or received (advice, an introduction).",
        "zh": "还没有记录任何往来。账本里有记录后这里才会显示平衡：记下你付出的（用心的评论、转发分享）"
        "或收获的（建议、引荐）。",
    },
    "balance.scope.label": {"en": "Whose balance", "zh": "看谁的平衡"},
    "balance.scope.network": {"en": "Everyone", "zh": "所有人"},
    "balance.scope.person": {"en": "One person", "zh": "某一个人"},
    "balance.scope.group": {"en": "A group", "zh": "某一群人"},
    "balance.person.search": {"en": "Find a person", "zh": "查找联系人"},
    "balance.person.placeholder": {"en": "Type part of a name", "zh": "输入姓名的一部分"},
    "balance.person.pick": {"en": "Person", "zh": "联系人"},
    "balance.person.option": {"en": "{name} · {role}", "zh": "{name} · {role}"},
    "balance.person.none": {"en": "Choose a person", "zh": "请选择联系人"},
    "balance.person.choose": {
        "en": "Choose a person above to see how your exchanges with them balance over time.",
        "zh": "请在上方选择一位联系人，查看你们之间的往来随时间如何平衡。",
    },
    "balance.person.health": {
        "en": "Relationship health: **{label}**. {rule}",
        "zh": "关系状况：**{label}**。{rule}",
    },
    "balance.any": {"en": "Any", "zh": "不限"},
    "balance.range.3m": {"en": "3 months", "zh": "3 个月"},
    "balance.range.6m": {"en": "6 months", "zh": "6 个月"},
    "balance.range.12m": {"en": "12 months", "zh": "12 个月"},
    "balance.range.24m": {"en": "2 years", "zh": "2 年"},
    "balance.range.all": {"en": "All time", "zh": "全部"},
    "balance.range.custom": {"en": "Choose dates", "zh": "自选日期"},
    "balance.range.dates": {"en": "From and to (whole months)", "zh": "起止日期（按整月计算）"},
    "balance.mode.label": {"en": "Show", "zh": "显示方式"},
    "balance.mode.change": {"en": "Each month", "zh": "每月变化"},
    "balance.mode.cumulative": {"en": "Running total", "zh": "区间累计"},
    "balance.mode.historical": {"en": "Since the start", "zh": "历史累计"},
    "balance.mode.help": {
        "en": "Each month: that month's net on its own. Running total: adds up from the start of the period, "
        "which starts at zero. Since the start: adds up from your very first entry, so earlier months count too.",
        "zh": "每月变化：只看当月的净值。区间累计：从所选时间段开始累加，起点为零。"
        "历史累计：从你的第一条记录开始累加，时间段之前的往来也计算在内。",
    },
    "balance.mode.explain.change": {
        "en": "{start} to {end}: each month's points given minus points received, month by month.",
        "zh": "{start} 至 {end}：每个月付出的分值减去收获的分值，逐月显示。",
    },
    "balance.mode.explain.cumulative": {
        "en": "{start} to {end}: the running total of given minus received, starting from zero in {start}.",
        "zh": "{start} 至 {end}：付出减收获的累计值，从 {start} 的零开始累加。",
    },
    "balance.mode.explain.historical": {
        "en": "{start} to {end}: the running total of given minus received since your very first entry, "
        "so what happened before {start} is included.",
        "zh": "{start} 至 {end}：从你的第一条记录起累计的付出减收获，{start} 之前的往来也包含在内。",
    },
    "balance.points": {"en": "{points} pts", "zh": "{points} 分"},
    "balance.metric.given": {"en": "Given in the period", "zh": "期间付出"},
    "balance.metric.received": {"en": "Received in the period", "zh": "期间收获"},
    "balance.metric.net": {"en": "Net in the period", "zh": "期间净值"},
    "balance.metric.net_help": {
        "en": "Given minus received within the chosen period. Above zero: you gave more.",
        "zh": "所选时间段内付出减去收获。大于零表示你付出的更多。",
    },
    "balance.metric.to_date": {"en": "Balance to date", "zh": "至今余额"},
    "balance.metric.to_date_help": {
        "en": "Everything given minus everything received, from your first entry to the end of the period.",
        "zh": "从第一条记录到所选时间段结束，全部付出减去全部收获。",
    },
    "balance.no_entries_in_range": {
        "en": "Nothing was exchanged in this period. Try a longer period or another person.",
        "zh": "这段时间内没有往来记录。可以换一个更长的时间段或其他联系人。",
    },
    "balance.top_n": {"en": "How many people to compare", "zh": "比较的人数"},
    # Chart captions (plain words, under each chart)
    "balance.caption.over_time.change": {
        "en": "Each bar is one month: green when you gave more than you received that month, orange when you "
        "received more.",
        "zh": "每根柱子代表一个月：当月付出多于收获为绿色，收获多于付出为橙色。",
    },
    "balance.caption.over_time.cumulative": {
        "en": "The line adds up given minus received from the start of the period. Rising means you are "
        "investing; falling means you are drawing on the relationship.",
        "zh": "这条线从所选时间段开始累加付出减收获。上升表示你在投入，下降表示你在从关系中获益。",
    },
    "balance.caption.over_time.historical": {
        "en": "The line is your overall balance, counting everything since the first entry. Above zero, you have "
        "given more than you received so far.",
        "zh": "这条线是你的总余额，从第一条记录开始计算。高于零表示到目前为止你付出的多于收获的。",
    },
    "balance.caption.given_received": {
        "en": "Green bars are what you gave each month, orange bars what you received. Healthy relationships "
        "have both.",
        "zh": "绿色柱表示你每月付出的价值，橙色柱表示你收获的价值。健康的关系两者都有。",
    },
    "balance.caption.people.change": {
        "en": "The most active people in this view, each month's net on its own. Points above zero: you gave "
        "more that month.",
        "zh": "此视图中往来最多的几位，每条线是他们每月的净值。高于零表示当月你付出的更多。",
    },
    "balance.caption.people.cumulative": {
        "en": "The most active people in this view: each line adds up what you gave minus what you received "
        "since the start of the period.",
        "zh": "此视图中往来最多的几位：每条线从所选时间段开始累加你付出减去收获的分值。",
    },
    "balance.caption.people.historical": {
        "en": "The most active people in this view: each line is your overall balance with that person, "
        "counting every entry since the first.",
        "zh": "此视图中往来最多的几位：每条线是你与此人从第一条记录起的总余额。",
    },
    "balance.caption.imbalances.range": {
        "en": "Who the period leans most towards: green bars, you gave more; orange bars, they gave you more.",
        "zh": "这段时间里往来最不平衡的人：绿色表示你付出更多，橙色表示对方给你更多。",
    },
    "balance.caption.imbalances.historical": {
        "en": "The most lopsided relationships over all time: green bars, you gave more; orange bars, they gave "
        "you more. With mentors orange is normal, with mentees green is.",
        "zh": "从有记录以来最不平衡的关系：绿色表示你付出更多，橙色表示对方给你更多。对导师偏橙、对学员偏绿都属正常。",
    },
    "balance.caption.heatmap": {
        "en": "Each square is one day: the darker it is, the more exchanges you logged that day (up to the last "
        "53 weeks of the period).",
        "zh": "每个方格代表一天：颜色越深，当天记录的往来越多（最多显示所选时间段的最后 53 周）。",
    },
    "balance.caption.learn_teach": {
        "en": "Pay it forward, across your whole network: the orange line is what mentors gave you, the green "
        "dotted line what you gave to mentees.",
        "zh": "把收获传递下去（整个人脉）：橙色线是导师给你的，绿色虚线是你给学员的。",
    },
    # Chart text
    "balance.chart.month_format": {"en": "%b %Y", "zh": "%Y年%-m月"},
    "balance.chart.points_unit": {"en": "points", "zh": "分"},
    "balance.chart.entries_unit": {"en": "entries", "zh": "条记录"},
    "balance.chart.month": {"en": "Month", "zh": "月份"},
    "balance.chart.week": {"en": "Week", "zh": "周"},
    "balance.chart.y": {"en": "Points", "zh": "分值"},
    "balance.chart.balance_axis": {
        "en": "Given − received (points)",
        "zh": "付出 − 收获（分）",
    },
    "balance.chart.net": {"en": "Balance", "zh": "平衡"},
    "balance.chart.given": {"en": "Given", "zh": "付出"},
    "balance.chart.received": {"en": "Received", "zh": "收获"},
    "balance.chart.over_time.change": {"en": "Net balance each month", "zh": "每月净平衡"},
    "balance.chart.over_time.cumulative": {"en": "Running balance over the period", "zh": "区间内的累计平衡"},
    "balance.chart.over_time.historical": {"en": "Balance since the first entry", "zh": "自第一条记录起的平衡"},
    "balance.chart.given_received": {"en": "Given and received per month", "zh": "每月付出与收获"},
    "balance.chart.people.change": {"en": "Monthly net, top {count} people", "zh": "往来最多的 {count} 人：每月净值"},
    "balance.chart.people.cumulative": {
        "en": "Running balance, top {count} people",
        "zh": "往来最多的 {count} 人：区间累计",
    },
    "balance.chart.people.historical": {
        "en": "Balance since the start, top {count} people",
        "zh": "往来最多的 {count} 人：历史累计",
    },
    "balance.chart.imbalances": {"en": "Most one-sided relationships", "zh": "最不平衡的关系"},
    "balance.chart.heatmap": {"en": "When you exchange value", "zh": "你在哪些日子交换价值"},
    "balance.chart.heatmap_hover": {
        "en": "Week of %{x|%Y-%m-%d}, %{y}: %{z} entries",
        "zh": "%{x|%Y-%m-%d} 这一周，%{y}：%{z} 条记录",
    },
    "balance.chart.learn_teach": {"en": "Learn and teach", "zh": "学与教"},
    "balance.chart.from_mentors": {"en": "Received from mentors", "zh": "从导师处收获"},
    "balance.chart.to_mentees": {"en": "Given to mentees", "zh": "给予学员"},
    "balance.weekday.1": {"en": "Mon", "zh": "周一"},
    "balance.weekday.2": {"en": "Tue", "zh": "周二"},
    "balance.weekday.3": {"en": "Wed", "zh": "周三"},
    "balance.weekday.4": {"en": "Thu", "zh": "周四"},
    "balance.weekday.5": {"en": "Fri", "zh": "周五"},
    "balance.weekday.6": {"en": "Sat", "zh": "周六"},
    "balance.weekday.7": {"en": "Sun", "zh": "周日"},
    # Health
    "health.title": {"en": "Relationship health", "zh": "关系状况"},
    "health.rules.title": {"en": "How each label is decided", "zh": "每个标签是如何判定的"},
    "health.label.on_track": {"en": "On track", "zh": "状态良好"},
    "health.label.check_in": {"en": "Needs a check-in", "zh": "该联系了"},
    "health.label.taking": {"en": "Taking more than giving", "zh": "收获多于付出"},
    "health.label.too_early": {"en": "Too early to tell", "zh": "尚难判断"},
    "health.rule.too_early": {
        "en": "fewer than {min_exchanges} exchanges logged with this person so far.",
        "zh": "与此人的往来记录还不到 {min_exchanges} 条。",
    },
    "health.rule.check_in": {
        "en": "the last exchange, in either direction, is older than your keep-in-touch interval. Any logged "
        "exchange resets the clock, receiving included.",
        "zh": "最近一次往来（无论哪个方向）已超过你设定的联系间隔。任何一条记录都会重新计时，收获也算。",
    },
    "health.rule.taking": {
        "en": "over the last {months} months you received at least {points} points more than you gave, and more "
        "than {ratio} times as much. Not used for mentors and mentees: leaning one way is expected with them.",
        "zh": "最近 {months} 个月里，你收获的比付出的至少多 {points} 分，且超过付出的 {ratio} 倍。"
        "导师和学员不适用这一条：与他们的往来本来就会偏向一方。",
    },
    "health.rule.on_track": {
        "en": "enough history, in touch within the interval, and not leaning on them.",
        "zh": "往来足够，在联系间隔内保持了联系，也没有单方面索取。",
    },
    "health.rules.intervals": {
        "en": "Keep-in-touch interval: the one set on the person, otherwise {mentor} days for mentors, {frentor} "
        "for frentors, {peer} for peers and {mentee} for mentees.",
        "zh": "联系间隔：优先使用为此人设定的天数；否则导师 {mentor} 天、益友 {frentor} 天、"
        "同行 {peer} 天、学员 {mentee} 天。",
    },
    "health.rules.paused": {
        "en": "Paused and archived people are left out: no reminders about relationships you chose to pause.",
        "zh": "已暂停和已归档的联系人不在此列：你主动暂停的关系不会收到提醒。",
    },
    "health.rule_line": {"en": "“{label}” means: {rule}", "zh": "“{label}”的含义：{rule}"},
    "health.filter": {"en": "Show people who are", "zh": "显示状态为"},
    "health.filter_option": {"en": "{label} ({count})", "zh": "{label}（{count}）"},
    "health.none": {"en": "Nobody is “{label}” right now.", "zh": "目前没有“{label}”的联系人。"},
    "health.col.last": {"en": "Last exchange", "zh": "最近往来"},
    "health.col.days": {"en": "Days since", "zh": "已过天数"},
    "health.col.interval": {"en": "Interval (days)", "zh": "联系间隔（天）"},
    "health.col.given": {"en": "Given, last {months} mo (pts)", "zh": "近 {months} 个月付出（分）"},
    "health.col.received": {"en": "Received, last {months} mo (pts)", "zh": "近 {months} 个月收获（分）"},
    "health.more": {
        "en": "Showing the {shown} most urgent of {total}.",
        "zh": "显示最紧急的 {shown} 位，共 {total} 位。",
    },
    "health.open_people": {"en": "Open People to change intervals", "zh": "前往人脉页修改联系间隔"},
    # Home dashboard
    "home.figures": {"en": "This month", "zh": "本月概况"},
    "home.metric.given": {"en": "Given this month", "zh": "本月付出"},
    "home.metric.received": {"en": "Received this month", "zh": "本月收获"},
    "home.metric.vs_last_month": {
        "en": "Last month: {value}. The small number shows the change.",
        "zh": "上月：{value}。小字显示与上月相比的变化。",
    },
    "home.metric.active": {"en": "Active relationships", "zh": "活跃关系"},
    "home.metric.active_help": {
        "en": "People you exchanged anything with in the last {days} days.",
        "zh": "最近 {days} 天内与你有过任何往来的人。",
    },
    "home.metric.overdue": {"en": "Check-ins due", "zh": "待联系"},
    "home.metric.overdue_help": {
        "en": "People whose keep-in-touch interval has run out since your last exchange.",
        "zh": "自上次往来以来已超过联系间隔的人。",
    },
    "home.today": {"en": "Today", "zh": "今天可以做的事"},
    "home.nudges.none": {
        "en": "Nothing urgent today. A good day to give something small to someone you admire.",
        "zh": "今天没有紧急的事。正好可以为你欣赏的人做点小事。",
    },
    "home.nudges.more": {
        "en": "{count} more for when those are done",
        "zh": "做完这些，还有 {count} 件事",
    },
    "home.nudge.check_in": {
        "en": "**{name}**: {days} days since your last exchange (you meant to stay in touch every {interval} days).",
        "zh": "**{name}**：距上次往来已 {days} 天（你希望每 {interval} 天联系一次）。",
    },
    "home.nudge.first_give": {
        "en": "**{name}** ({role}): your homework is done and you have not given anything yet. Give first.",
        "zh": "**{name}**（{role}）：功课已做完，但你还没有付出过。先付出吧。",
    },
    "home.nudge.event": {
        "en": "**{name}** starts on {date}, in {days} days. Go, help out, meet people.",
        "zh": "**{name}** 将于 {date} 开始，还有 {days} 天。去参加、帮帮忙、认识新朋友。",
    },
    "home.nudge.event_today": {
        "en": "**{name}** is today ({date}). Go, help out, meet people.",
        "zh": "**{name}** 就在今天（{date}）。去参加、帮帮忙、认识新朋友。",
    },
    "home.action.open_person": {"en": "Open the person", "zh": "查看此人"},
    "home.action.log_value": {"en": "Log value", "zh": "记录价值"},
    "home.action.log_for": {"en": "For {name}", "zh": "对象：{name}"},
    "home.action.open_event": {"en": "Event page", "zh": "活动页面"},
    "home.action.log_volunteering": {"en": "Log volunteering", "zh": "记录志愿服务"},
    "home.see_health": {"en": "See every relationship's health", "zh": "查看所有关系的状况"},
    "home.method.title": {"en": "The five steps", "zh": "五个步骤"},
    "home.method.you_are_here": {"en": "You are at step {number}: {title}", "zh": "你正处于第 {number} 步：{title}"},
    "home.method.all_done": {
        "en": "All five steps are under way. Keep giving, keep learning, and come back to any step when your "
        "interests change.",
        "zh": "五个步骤都已展开。继续付出、继续学习；兴趣有变化时，随时回到任何一步。",
    },
    "home.step.title": {"en": "{number}. {title}", "zh": "{number}. {title}"},
    # The method's steps
    "method.step.passion": {"en": "Know your passion", "zh": "认清热情所在"},
    "method.step.people": {"en": "Choose your people", "zh": "选择请教对象"},
    "method.step.give": {"en": "Give value first", "zh": "先付出价值"},
    "method.step.learn_teach": {"en": "Learn and teach", "zh": "边学边教"},
    "method.step.exchange": {"en": "Build trust and trade", "zh": "建立信任，互相交换"},
    "method.status.done": {"en": "done", "zh": "已完成"},
    "method.status.doing": {"en": "in progress", "zh": "进行中"},
    "method.status.todo": {"en": "not started", "zh": "未开始"},
    "method.facts.passion": {
        "en": "{focus} focus passion(s), {offer} skill(s) you offer",
        "zh": "聚焦的热情方向 {focus} 个，可提供的技能 {offer} 项",
    },
    "method.facts.people": {
        "en": "{people} people, {following} followed or further along",
        "zh": "共 {people} 人，其中 {following} 人已在关注或更进一步",
    },
    "method.facts.give": {
        "en": "homework done for {homework} people, value given to {gave}",
        "zh": "已为 {homework} 人做完功课，已向 {gave} 人付出",
    },
    "method.facts.learn_teach": {
        "en": "{communities} communities, learned from {mentors} mentor(s), taught {mentees} mentee(s)",
        "zh": "{communities} 个社群，向 {mentors} 位导师学习，指导了 {mentees} 位学员",
    },
    "method.facts.exchange": {
        "en": "{two_way} two-way relationships, {active} of them active lately",
        "zh": "双向往来的关系 {two_way} 段，其中 {active} 段近期活跃",
    },
    "method.action.brainstorm": {"en": "Brainstorm what you care about", "zh": "头脑风暴你在意的事"},
    "method.action.narrow": {"en": "Pick one or two passions to focus on", "zh": "选出一两个要聚焦的热情方向"},
    "method.action.list_skills": {"en": "List the skills you can offer", "zh": "列出你能提供的技能"},
    "method.action.revisit_passions": {"en": "Revisit your passions now and then", "zh": "不时回顾你的热情方向"},
    "method.action.add_people": {"en": "Add people who inspire you", "zh": "添加激励你的人"},
    "method.action.follow_someone": {
        "en": "Start following someone's work",
        "zh": "开始关注某个人的作品",
    },
    "method.action.review_shortlist": {"en": "See who to approach first", "zh": "看看先接触谁"},
    "method.action.do_homework": {
        "en": "Do your homework on someone before you reach out",
        "zh": "联系之前，先为对方做好功课",
    },
    "method.action.give_first": {"en": "Give something first and log it", "zh": "先付出一点并记录下来"},
    "method.action.keep_giving": {"en": "Keep giving and log it", "zh": "继续付出并记录"},
    "method.action.join_community": {
        "en": "Join a community or event in your field",
        "zh": "加入你所在领域的社群或活动",
    },
    "method.action.learn_from_mentor": {
        "en": "Log what a mentor taught you",
        "zh": "记录导师教给你的东西",
    },
    "method.action.teach_mentee": {"en": "Teach someone newer than you", "zh": "指导比你更新的人"},
    "method.action.see_learn_teach": {"en": "See what you learn and teach", "zh": "查看你的学与教"},
    "method.action.trade_skills": {"en": "Find a skill trade", "zh": "寻找技能交换机会"},
    "method.action.grow_two_way": {
        "en": "Grow more relationships that go both ways",
        "zh": "发展更多双向往来的关系",
    },
    "method.action.keep_balanced": {"en": "Keep your relationships balanced", "zh": "保持关系的平衡"},
}
