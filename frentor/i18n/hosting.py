"""Messages for the hosting area (sign-in, storage warnings, MotherDuck): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- sign-in ---------------------------------------------------------------------------------------------------
    "auth.title": {"en": "Welcome to Frentor", "zh": "欢迎来到 Frentor"},
    "auth.purpose": {
        "en": "A private notebook for growing mentor and frentor relationships, one honest exchange at a time.",
        "zh": "一本私人笔记本，帮你一次次真诚交流，慢慢结识导师与“师友”。",
    },
    "auth.why": {
        "en": "Sign in to open your own workspace. Everything you record stays in it: other people using this "
        "app cannot see it, and you cannot see theirs.",
        "zh": "登录后进入你自己的工作区。你记录的一切都只留在其中：使用这个应用的其他人看不到，你也看不到他们的。",
    },
    "auth.login": {"en": "Sign in", "zh": "登录"},
    "auth.login_with": {"en": "Sign in with {provider}", "zh": "使用 {provider} 登录"},
    "auth.misconfigured": {
        "en": "Sign-in is not set up correctly on this server, so it cannot start. The person who runs this app "
        "should check the [auth] section of its secrets (see docs/DEPLOY.md).",
        "zh": "此服务器上的登录设置不完整，暂时无法登录。请应用的维护者检查密钥配置中的 [auth] 部分"
        "（参见 docs/DEPLOY.md）。",
    },
    "auth.no_identity": {
        "en": "You are signed in as {who}, but the sign-in service did not say who you are (no subject or "
        "e-mail), so Frentor cannot give you a private workspace. Sign out and try another account.",
        "zh": "你已以 {who} 登录，但登录服务没有提供你的身份信息（缺少 subject 或邮箱），"
        "因此 Frentor 无法为你分配私人工作区。请退出后换一个账号再试。",
    },
    "auth.denied": {
        "en": "You are signed in as {who}, but this Frentor is open only to invited people. Ask the person "
        "who runs it to add your e-mail address, or sign out and use another account.",
        "zh": "你已以 {who} 登录，但这个 Frentor 只对受邀者开放。请联系维护者添加你的邮箱，或退出后换一个账号。",
    },
    "auth.logout": {"en": "Sign out", "zh": "退出登录"},
    "auth.signed_in_as": {"en": "Signed in as {who}", "zh": "当前登录：{who}"},
    # -- storage ---------------------------------------------------------------------------------------------------
    "hosting.temporary_disk": {
        "en": "This app keeps its data in a file on a temporary disk: a restart or redeploy of the server can "
        "erase it. Download a backup from Reports regularly, or ask whoever runs the app to store data in "
        "MotherDuck instead.",
        "zh": "此应用把数据存放在临时磁盘上的文件里：服务器重启或重新部署都可能把它清空。"
        "请定期在“报告”页下载备份，或请应用的维护者改用 MotherDuck 保存数据。",
    },
    "hosting.backup_now": {"en": "Back up my data now", "zh": "立即备份我的数据"},
    # -- MotherDuck (raised by frentor.store.database; {path} never contains the token) ----------------------------
    "error.motherduck_failed": {
        "en": "Frentor cannot reach the MotherDuck database {path}: {reason}. Check the network, that the "
        "database name is right, and that the MotherDuck token in the secrets is current.",
        "zh": "Frentor 无法连接 MotherDuck 数据库 {path}：{reason}。请检查网络、数据库名称，"
        "以及密钥中的 MotherDuck 令牌是否仍然有效。",
    },
    "error.motherduck_no_token": {
        "en": "Frentor cannot open the MotherDuck database {path}: {reason}. No MotherDuck token was found: add "
        "motherduck_token under [frentor] in the secrets, or set the MOTHERDUCK_TOKEN environment variable.",
        "zh": "Frentor 无法打开 MotherDuck 数据库 {path}：{reason}。未找到 MotherDuck 令牌："
        "请在密钥的 [frentor] 部分添加 motherduck_token，或设置环境变量 MOTHERDUCK_TOKEN。",
    },
}
