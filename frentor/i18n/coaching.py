"""Messages for the message composer, report-back follow-ups and the weekly review: {key: {"en": ..., "zh": ...}}.

The composer's texts (compose.*) are pieces of one message, written in each language as a native speaker would
write a short e-mail or direct message, not translated sentence by sentence. Chinese pieces say 你; the composer
turns them into 您 for a mentor (frentor.composer), so never write 您 here. Placeholders in [brackets] address the
user and stay as they are.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Built-in kinds the coach logs (frentor.kinds.COACHING_KINDS)
    "kind.reached_out": {"en": "Reached out (a message)", "zh": "主动联系（发消息）"},
    "kind.asked": {"en": "Asked one question", "zh": "请教了一个问题"},
    "kind.report_back": {"en": "Reported back on their help", "zh": "向对方反馈了帮助带来的结果"},
    # Fields and errors
    "field.message_kind": {"en": "Kind of message", "zh": "消息类型"},
    "field.homework_notes": {"en": "Their work you engaged with", "zh": "你读过或用过的对方作品"},
    "field.follow_up_due": {"en": "Report back by", "zh": "反馈截止日期"},
    "field.follow_up_outcome": {"en": "What you did with it", "zh": "你是怎么运用的"},
    "report_back.not_open": {
        "en": "This follow-up is already closed. Reopen it first if you want to report back again.",
        "zh": "这条跟进已经关闭。如果想再次反馈，请先重新打开。",
    },
    "report_back.not_found": {
        "en": "This follow-up no longer exists in this workspace.",
        "zh": "此工作区中已没有这条跟进。",
    },
    "homework.notes.help": {
        "en": "Name one piece of their work and what struck you, as you would say it to them: "
        '"your talk on testing at PyCon, especially the part about flaky tests". The composer quotes it.',
        "zh": "写下对方的一个作品以及打动你的地方，就像当面对对方说的那样，例如：“你在 PyCon 上关于测试的演讲，"
        "尤其是讲不稳定测试的那部分”。撰写消息时会直接引用。",
    },
    "homework.answered_publicly": {"en": "They answered this in public", "zh": "对方已公开回答过"},
    # Export files of the coaching log (Reports)
    "reports.file.sent_messages": {"en": "Messages sent", "zh": "已发送的消息"},
    "reports.file.follow_ups": {"en": "Report-back follow-ups", "zh": "待反馈的跟进"},
    "reports.file.weekly_reviews": {"en": "Weekly reviews", "zh": "每周回顾"},
    # Kinds of message
    "message_kind.first_contact": {"en": "First contact", "zh": "初次联系"},
    "message_kind.follow_up": {"en": "Follow-up after giving", "zh": "付出之后的跟进"},
    "message_kind.question": {"en": "One specific question", "zh": "请教一个具体问题"},
    "message_kind.skill_trade": {"en": "Propose a skill trade", "zh": "提议技能交换"},
    "message_kind.report_back": {"en": "Report back (thank you, part 2)", "zh": "反馈进展（第二次道谢）"},
    # Home's nudge for a report back that is due
    "home.nudge.report_back": {
        "en": "Report back to {name}: tell them what you did with their {help} from {date}.",
        "zh": "向{name}反馈：告诉对方你是怎么运用 {date} 收到的{help}的。",
    },
    "report_back.help.advice": {"en": "advice", "zh": "建议"},
    "report_back.help.introduction": {"en": "introduction", "zh": "引荐"},
    "report_back.help.referral": {"en": "referral", "zh": "推荐"},
    "report_back.help.other": {"en": "help", "zh": "帮助"},
    # -- the composer: pieces of one message ------------------------------------------------------------------
    "compose.greeting": {"en": "Hi {name},", "zh": "{name}，你好！"},
    "compose.intro": {"en": "I'm {me}, {about}.", "zh": "冒昧打扰，我是{me}，{about}。"},
    "compose.work": {
        "en": "I recently came across {work}, and it has stayed with me.",
        "zh": "最近看了{work}，很受启发。",
    },
    "compose.gift_first_contact": {
        "en": "I also {gift}, as a small thank-you for what I've learned from you.",
        "zh": "我还{gift}，算是对你的一点小小谢意。",
    },
    "compose.gift_follow_up": {
        "en": "I wanted to let you know that I {gift}. I hope it helps, even in a small way.",
        "zh": "想跟你说一声：我{gift}，希望能帮上一点小忙。",
    },
    "compose.offer_more": {
        "en": "If it would be useful, I'm also happy to help with {skills}.",
        "zh": "如果用得上，我也很乐意在{skills}方面帮你一把。",
    },
    "compose.question": {
        "en": "There's one question I haven't seen you answer anywhere: {question}",
        "zh": "有个问题想请教你，好像还没见你公开谈过：{question}",
    },
    "compose.question_deeper": {
        "en": "You've touched on this before, and I'd love to hear you go one step deeper: {question}",
        "zh": "你之前谈过这个话题，很想听你再深入讲讲：{question}",
    },
    "compose.trade_intro": {"en": "I think we could help each other.", "zh": "我觉得我们可以互相帮上忙。"},
    "compose.trade_offer": {
        "en": "I noticed you're looking for help with {skills}. That's something I do, and I'd be glad to help.",
        "zh": "我注意到你需要{skills}方面的帮助，这正是我擅长的，很乐意帮忙。",
    },
    "compose.trade_learn": {
        "en": "In return, I'd love to learn a little about {skills} from you.",
        "zh": "作为交换，我也很想跟你学一点{skills}。",
    },
    "compose.received": {"en": "A little while ago you {received}.", "zh": "前段时间你{received}。"},
    "compose.outcome": {
        "en": "I wanted to tell you what I did with it: {outcome}",
        "zh": "想跟你说说后来的进展：{outcome}",
    },
    "compose.thanks": {
        "en": "Thank you again. It really made a difference.",
        "zh": "再次感谢，真的帮了我大忙。",
    },
    "compose.ask.first_contact": {
        "en": "No need for a call. If you have a minute, a short reply would mean a lot.",
        "zh": "不用专门约时间，你方便时简单回复几句，我就很感激了。",
    },
    "compose.ask.follow_up": {
        "en": "Is there anything you're working on right now where I could lend a hand?",
        "zh": "你最近在忙的事情里，有没有我能搭把手的地方？",
    },
    "compose.ask.follow_up_question": {
        "en": "If you have two minutes this week, I'd love your take.",
        "zh": "如果这周有两分钟空闲，很想听听你的看法。",
    },
    "compose.ask.question": {
        "en": "A few lines by reply would be more than enough.",
        "zh": "简单回复几句就足够了，先谢谢你！",
    },
    "compose.ask.skill_trade": {
        "en": "Would you be up for trying it once? I'm happy to go first.",
        "zh": "要不我们先试一次？我可以先来。",
    },
    "compose.ask.report_back": {
        "en": "If there's ever anything I can do for you, just say the word.",
        "zh": "如果有什么我能帮上忙的，随时告诉我。",
    },
    "compose.closing.ask": {"en": "Thanks so much,", "zh": "期待你的回复，祝好！"},
    "compose.closing": {"en": "All the best,", "zh": "祝好！"},
    # What I gave, as "I ..." (past tense, no subject)
    "compose.gift.bought_book": {"en": "bought your book", "zh": "买了你的书"},
    "compose.gift.rated_podcast": {"en": "rated and reviewed your podcast", "zh": "给你的播客打了分、写了评论"},
    "compose.gift.shared_work": {"en": "shared your work with people I know", "zh": "把你的作品分享给了身边的朋友"},
    "compose.gift.thoughtful_comment": {"en": "left a comment on your post", "zh": "在你的文章下留了言"},
    "compose.gift.attended_launch": {"en": "came to your launch", "zh": "参加了你的新作发布活动"},
    "compose.gift.volunteered_event": {"en": "volunteered at your event", "zh": "在你的活动上做了志愿者"},
    "compose.gift.thank_you_note": {"en": "sent you a thank-you note", "zh": "给你写了一封感谢信"},
    "compose.gift.introduction": {
        "en": "introduced you to someone I thought you should meet",
        "zh": "给你引荐了一位我觉得你该认识的朋友",
    },
    "compose.gift.skill_trade": {"en": "swapped skills with you", "zh": "和你做了一次技能交换"},
    "compose.gift.proofreading": {"en": "proofread a draft for you", "zh": "帮你校对了一份文稿"},
    "compose.gift.feedback": {"en": "sent you some feedback", "zh": "给你提了一些反馈"},
    "compose.gift.referral": {"en": "passed an opportunity your way", "zh": "给你推荐了一个机会"},
    "compose.gift.taught": {"en": "walked you through something I know well", "zh": "和你分享了一些我擅长的东西"},
    "compose.gift.advice": {"en": "shared some advice with you", "zh": "给了你一些建议"},
    "compose.gift.report_back": {
        "en": "told you what came of your advice",
        "zh": "跟你分享了你的建议带来的变化",
    },
    "compose.gift.other": {"en": "did something for you (“{kind}”)", "zh": "为你做了一件小事（“{kind}”）"},
    # Help I received, as "you ..."
    "compose.received.advice": {"en": "gave me some advice", "zh": "给了我一些建议"},
    "compose.received.introduction": {"en": "introduced me to someone", "zh": "帮我引荐了一位朋友"},
    "compose.received.referral": {"en": "passed an opportunity my way", "zh": "给我推荐了一个机会"},
    "compose.received.other": {"en": "helped me out", "zh": "帮了我一个忙"},
    "compose.quote": {"en": " (“{text}”)", "zh": "（“{text}”）"},
    "compose.list_separator": {"en": ", ", "zh": "、"},
    "compose.list_and": {"en": " and ", "zh": "和"},
    "compose.full_stop": {"en": ".", "zh": "。"},
    # Placeholders the user fills in (they address the user)
    "compose.placeholder.me": {"en": "[your name]", "zh": "[你的名字]"},
    "compose.placeholder.about": {
        "en": "[one line on who you are and why you're writing]",
        "zh": "[用一句话介绍自己，以及为什么联系对方]",
    },
    "compose.placeholder.work": {
        "en": "[one piece of their work you engaged with]",
        "zh": "[对方的某个作品，比如一篇文章或一次演讲]",
    },
    "compose.placeholder.gift": {"en": "[what you gave them]", "zh": "[你为对方做了什么]"},
    "compose.placeholder.question": {
        "en": "[one specific question nobody has asked them]",
        "zh": "[一个别人没问过的具体问题]",
    },
    "compose.placeholder.offer": {"en": "[a skill of yours they need]", "zh": "[对方需要、而你擅长的技能]"},
    "compose.placeholder.learn": {"en": "[a skill of theirs you want to learn]", "zh": "[你想向对方学习的技能]"},
    "compose.placeholder.received": {"en": "[how they helped you]", "zh": "[对方帮了你什么]"},
    "compose.placeholder.outcome": {
        "en": "[what you did with it, and what happened]",
        "zh": "[你是怎么做的，结果如何]",
    },
    # First gifts to suggest (frentor.give_first.GIVE_FIRST_SUGGESTIONS), as things to do
    "compose.suggest.shared_work": {"en": "share their work", "zh": "转发分享对方的作品"},
    "compose.suggest.thoughtful_comment": {"en": "leave a thoughtful comment", "zh": "留一条用心的评论"},
    "compose.suggest.rated_podcast": {"en": "rate their podcast", "zh": "给对方的播客评分"},
    "compose.suggest.bought_book": {"en": "buy their book", "zh": "买一本对方的书"},
    "compose.suggest.volunteered_event": {"en": "volunteer at their event", "zh": "去对方的活动做志愿者"},
    # Coaching notes beside the draft (Markdown; {name} and {question} arrive escaped)
    "compose.note.give_first": {
        "en": "You have not given {name} anything yet. Give before you ask, for example: {kinds}.",
        "zh": "你还没有为{name}付出过什么。先付出，再开口，比如：{kinds}。",
    },
    "compose.note.no_work": {
        "en": "Name one piece of their work you engaged with (Homework), so the message shows you did your research.",
        "zh": "在“功课”里写下你读过或看过的对方作品，对方一看就知道你做过功课。",
    },
    "compose.note.no_question": {
        "en": "You have no open question prepared for {name}. Add one nobody has asked them (Homework).",
        "zh": "你还没有为{name}准备待问的问题。在“功课”里添加一个别人没问过的问题吧。",
    },
    "compose.note.answered_publicly": {
        "en": "They have already answered this in public (you marked it in Homework): “{question}”. "
        "The draft asks them to go deeper; or pick another question.",
        "zh": "对方已经公开回答过这个问题（你在功课中标记过）：“{question}”。草稿改为请对方深入谈谈；"
        "你也可以换一个问题。",
    },
    "compose.note.already_contacted": {
        "en": "You already wrote to {name} on {date}. A follow-up may fit better than a second first message.",
        "zh": "你在 {date} 已经给{name}发过消息。与其再发一次初次联系，不如跟进一下。",
    },
    "compose.note.no_trade": {
        "en": "No skill trade with {name} yet: add what they offer and need (their details) and your own skills "
        "(Skills page).",
        "zh": "还没有找到和{name}可以交换的技能：请填写对方能提供和需要的技能（对方资料），以及你自己的技能"
        "（“技能”页）。",
    },
    "compose.note.nothing_received": {
        "en": "You have not logged advice, an introduction or a referral from {name}. Log it first, or fill in the "
        "draft by hand.",
        "zh": "你还没有记录{name}给你的建议、引荐或推荐。可以先记一笔，也可以直接手动填写草稿。",
    },
    "compose.note.no_outcome": {
        "en": "Write down what you did with their help (the follow-up's outcome), so the message can tell them.",
        "zh": "写下你是怎么运用对方的帮助的（跟进里的“你是怎么运用的”），消息里就能告诉对方。",
    },
    # -- the weekly review ------------------------------------------------------------------------------------
    "field.review_reflection": {"en": "Your reflection", "zh": "你的反思"},
    "review.title": {"en": "This week", "zh": "本周回顾"},
    "review.metric.gave": {"en": "Acts of giving", "zh": "付出次数"},
    "review.metric.received": {"en": "Help received", "zh": "收到的帮助"},
    "review.metric.messages": {"en": "Messages sent", "zh": "发出的消息"},
    "review.last_week": {"en": "Last week: {value}", "zh": "上周：{value}"},
    "review.streak_open": {
        "en": "No giving yet this week: one small act keeps your run of {weeks} weeks going.",
        "zh": "本周还没有付出：做一件小事，就能把连续 {weeks} 周的纪录延续下去。",
    },
    "review.due": {"en": "Who is due", "zh": "该联系谁了"},
    "review.report_backs": {"en": "Report backs waiting", "zh": "等待反馈的事项"},
    "review.report_back_item": {
        "en": "{name}: their {help} from {date}, due {due}",
        "zh": "{name}：{date} 收到的{help}，应在 {due} 前反馈",
    },
    "review.prompt_title": {"en": "This week's reflection", "zh": "本周反思"},
    "review.mark_done": {"en": "Review done", "zh": "完成本周回顾"},
    "review.marked_done": {"en": "Review of the week of {date} recorded.", "zh": "已记录 {date} 这一周的回顾。"},
    "review.done_already": {"en": "You reviewed this week. Well done.", "zh": "本周回顾已完成，做得好。"},
    "review.undo": {"en": "Undo", "zh": "撤销"},
    "review.chart.title": {"en": "The habit: giving week by week", "zh": "付出的习惯：逐周记录"},
    "review.chart.week": {"en": "Week starting (Monday)", "zh": "周（自周一起）"},
    "review.chart.acts": {"en": "Acts of giving", "zh": "付出次数"},
    "review.chart.streak": {"en": "Weeks in a row", "zh": "连续周数"},
    # Reflection prompts (frentor.weekly_review.PROMPTS), one a week
    "review.prompt.thank_you_part_2": {
        "en": "Who helped you lately, and have you told them what came of it? That is thank you, part 2.",
        "zh": "最近谁帮过你？你告诉对方后来的结果了吗？这就是“第二次道谢”。",
    },
    "review.prompt.give_expecting_nothing": {
        "en": "What did you give this week without expecting anything back? Whom could you give to next week?",
        "zh": "这周你有没有不求回报地为别人做点什么？下周可以为谁付出？",
    },
    "review.prompt.unasked_question": {
        "en": "Pick one person on your list: what could you ask them that nobody has asked yet?",
        "zh": "从名单里挑一个人：有什么问题是别人还没问过、而你可以去请教的？",
    },
    "review.prompt.a_little_ahead": {
        "en": "Who is a little ahead of you that you have not contacted yet? What could you do for them first?",
        "zh": "有没有比你领先一步、你却还没联系过的人？你可以先为对方做点什么？",
    },
    "review.prompt.teach_someone": {
        "en": "Who is a step behind you? What could you teach them this month? Teaching teaches you too.",
        "zh": "有谁比你晚起步一点？这个月你能教对方什么？教别人的时候，自己也在学。",
    },
    "review.prompt.trade_a_skill": {
        "en": "Which of your skills could someone use right now, and what would you like to learn in return?",
        "zh": "你的哪项技能现在正好有人用得上？作为交换，你想学点什么？",
    },
    "review.prompt.volunteer": {
        "en": "Is there a community or event where you could volunteer in the coming month?",
        "zh": "接下来一个月，有没有哪个社群或活动可以去做志愿者？",
    },
    "review.prompt.taking_more": {
        "en": "Is there a relationship where you have been taking more than giving? What could you offer?",
        "zh": "有没有哪段关系里你得到的多、付出的少？你可以为对方做些什么？",
    },
    "review.prompt.heart_race": {
        "en": "What made your heart race this week? Do the people on your list still match it?",
        "zh": "这周有什么让你心跳加速？你名单上的人还和它对得上吗？",
    },
    "review.prompt.small_experiment": {
        "en": "Choose one small experiment for next week: with whom, what, and when?",
        "zh": "为下周定一个小实验：和谁、做什么、什么时候？",
    },
    "review.prompt.contact_three": {
        "en": "Of the ten people on your list, which three will you contact now?",
        "zh": "名单上的十个人里，你现在就联系哪三位？",
    },
    "review.prompt.pass_it_on": {
        "en": "What did you learn from someone this week, and who could you pass it on to?",
        "zh": "这周你从别人那里学到了什么？可以再传给谁？",
    },
    # -- the app: the composer tab on People -------------------------------------------------------------------
    "people.tab.compose": {"en": "Write a message", "zh": "写消息"},
    "field.sender_name": {"en": "Your name", "zh": "你的名字"},
    "compose.ui.caption": {
        "en": "A first draft from what you know about them. Edit it, copy it, send it the way you usually do, then "
        "mark it as sent so your ledger and nudges know.",
        "zh": "根据你对对方的了解先拟一份草稿。你可以修改、复制，用平常的方式发出去，然后标记为已发送，"
        "账本和提醒就会同步更新。",
    },
    "compose.ui.sender": {"en": "Your name, to sign with", "zh": "署名（你的名字）"},
    "compose.ui.sender_help": {
        "en": "Used in the introduction and under every message; saved for this workspace.",
        "zh": "用于自我介绍和每条消息的落款，会为这个工作区保存下来。",
    },
    "compose.ui.sender_saved": {"en": "Your name is saved.", "zh": "名字已保存。"},
    "compose.ui.suggested": {"en": "Suggested now: {kind}", "zh": "现在建议：{kind}"},
    "compose.ui.question": {"en": "Question to ask", "zh": "要问的问题"},
    "compose.ui.question_public": {"en": "{question} (answered in public)", "zh": "{question}（对方已公开回答过）"},
    "compose.ui.follow_up": {"en": "Help to report back on", "zh": "要反馈的帮助"},
    "compose.ui.follow_up_option": {
        "en": "{help} from {date} (report back by {due})",
        "zh": "{date} 收到的{help}（请在 {due} 前反馈）",
    },
    "compose.ui.no_follow_up": {
        "en": "No report back is waiting for them. When you log advice, an introduction or a referral from them "
        "(Give & trade), Frentor reminds you to tell them what came of it.",
        "zh": "目前没有需要向对方反馈的事项。在“付出与交换”里记录对方给你的建议、引荐或推荐后，"
        "Frentor 会提醒你告诉对方后来的结果。",
    },
    "compose.ui.outcome_help": {
        "en": "One or two sentences, as you would tell them. The draft quotes it.",
        "zh": "用一两句话写下来，就像当面告诉对方一样。草稿会直接引用。",
    },
    "compose.ui.outcome_save": {"en": "Use in the draft", "zh": "写进草稿"},
    "compose.ui.outcome_saved": {
        "en": "Saved: the draft tells them what you did.",
        "zh": "已保存，草稿会告诉对方你的做法。",
    },
    "compose.ui.due_save": {"en": "Remind me then", "zh": "到时提醒我"},
    "compose.ui.due_saved": {"en": "You will be reminded on {due}.", "zh": "会在 {due} 提醒你。"},
    "compose.ui.dismiss": {"en": "Nothing to report back", "zh": "没有需要反馈的"},
    "compose.ui.dismiss_help": {
        "en": "Closes this reminder without a message. Nothing is deleted: the help stays in your ledger.",
        "zh": "关闭这条提醒，不发消息。不会删除任何内容：对方的帮助仍记在账本里。",
    },
    "compose.ui.dismissed": {"en": "Closed: no report back needed.", "zh": "已关闭：这次不需要反馈。"},
    "compose.ui.draft": {"en": "Your message (edit freely)", "zh": "你的消息（可随意修改）"},
    "compose.ui.copy": {
        "en": "Ready to copy: the button at the top right of this box copies it (with your edits once you click "
        "outside the text above).",
        "zh": "可以复制了：点这个框右上角的按钮即可复制（在上面的文本框外点一下，你的修改就会出现在这里）。",
    },
    "compose.ui.notes": {"en": "Coaching notes", "zh": "教练提示"},
    "compose.ui.notes_none": {
        "en": "This draft has what a good message needs.",
        "zh": "这份草稿已经具备一条好消息需要的内容。",
    },
    "compose.ui.gifts": {"en": "What you gave them lately", "zh": "你最近为对方做的事"},
    "compose.ui.gift_item": {"en": "{date}: {kind}", "zh": "{date}：{kind}"},
    "compose.ui.sent_on": {"en": "Sent on", "zh": "发送日期"},
    "compose.ui.sent": {"en": "I sent it", "zh": "我已发送"},
    "compose.ui.sent_help": {
        "en": "Logs the message in your ledger (a report back counts as value given), so your balance and nudges "
        "know you were in touch.",
        "zh": "把这条消息记进账本（反馈进展算作一次付出），余额和提醒就知道你们联系过了。",
    },
    "compose.ui.logged": {
        "en": "Logged: {kind} to {name} on {date}.",
        "zh": "已记录：{date} 给{name}发了“{kind}”。",
    },
    # -- the app: homework fields ------------------------------------------------------------------------------
    "homework.answered_publicly_help": {
        "en": "Then the composer asks them to go deeper instead, and warns you before you ask it again.",
        "zh": "勾选后，撰写消息时会改为请对方深入谈谈，并在你重复提问前提醒你。",
    },
    # -- the app: Home ---------------------------------------------------------------------------------------
    "home.action.write_report_back": {"en": "Write the report-back", "zh": "写反馈"},
    "review.week_of": {"en": "Week of {start} to {end}", "zh": "{start} 至 {end} 这一周"},
    "review.nobody_due": {"en": "Nobody is due today.", "zh": "今天没有需要联系的人。"},
    "review.no_report_backs": {"en": "No report back is waiting.", "zh": "没有等待反馈的事项。"},
    "review.reflection_help": {
        "en": "Optional: a sentence or two for yourself, kept with the week.",
        "zh": "选填：写一两句给自己，会和这一周一起保存。",
    },
    "review.your_reflection": {"en": "Your reflection: {text}", "zh": "你的反思：{text}"},
    "review.undone": {"en": "The review of the week of {date} is open again.", "zh": "{date} 这一周的回顾已重新打开。"},
    "review.metric.run": {"en": "Giving streak", "zh": "连续付出"},
    "review.metric.run_help": {
        "en": "Weeks in a row with at least one act of giving. Best run: {weeks} weeks.",
        "zh": "每周至少付出一次、连续坚持的周数。最长纪录：{weeks} 周。",
    },
    "review.vs_last_week": {"en": "vs last week", "zh": "较上周"},
    "review.chart.caption": {
        "en": "Bars: acts of giving each week (grey: none). Line: weeks in a row with at least one.",
        "zh": "柱形：每周的付出次数（灰色表示没有）。折线：连续至少付出一次的周数。",
    },
}
