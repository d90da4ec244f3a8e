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
}
