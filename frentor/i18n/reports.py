"""Messages for the reports area (CSV export and import): {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {
    # Page
    "reports.purpose": {
        "en": "Take your data with you: download CSV files for a backup or your coach, and bring them back in.",
        "zh": "随时带走你的数据：下载 CSV 文件用于备份或分享给教练，也可以再导入回来。",
    },
    "reports.export": {"en": "Export", "zh": "导出"},
    "reports.export_help": {
        "en": "Every file opens safely in a spreadsheet: text that could start a formula gets a leading ' .",
        "zh": "每个文件都可安全地用电子表格打开：可能被当作公式的文本会在开头加上 ' 。",
    },
    "reports.empty": {
        "en": "Nothing to export yet. Add people and log what you give and receive; then come back for a report.",
        "zh": "目前还没有可导出的内容。先添加联系人并记录你的付出与收获，再回来生成报告。",
    },
    "reports.filters": {"en": "Report filters (ledger and balances)", "zh": "报告筛选（账本与平衡）"},
    "reports.dates": {"en": "Dates", "zh": "日期范围"},
    "reports.person_search": {"en": "Find people by name", "zh": "按姓名查找联系人"},
    "reports.people": {"en": "Only these people (empty = everyone)", "zh": "仅限这些联系人（留空表示全部）"},
    "reports.bom": {
        "en": "Add a byte-order mark (for Excel, so Chinese names show correctly)",
        "zh": "添加字节顺序标记（BOM，便于 Excel 正确显示中文姓名）",
    },
    "reports.preview": {"en": "Preview", "zh": "预览"},
    "reports.preview_file": {"en": "File to preview", "zh": "要预览的文件"},
    "reports.preview_caption": {
        "en": "The first {rows} rows of {file}, exactly as the file holds them.",
        "zh": "{file} 的前 {rows} 行，与文件内容完全一致。",
    },
    "reports.downloads": {"en": "Downloads", "zh": "下载"},
    "reports.download_zip": {"en": "Everything (zip, complete backup)", "zh": "全部文件（zip，完整备份）"},
    "reports.zip_help": {
        "en": "The zip always holds all your data, whatever the filters say, so it can be restored in full.",
        "zh": "无论筛选条件如何，zip 始终包含你的全部数据，可完整恢复。",
    },
    "reports.filtered_note": {
        "en": "ledger.csv and balances.csv follow the filters above; the other files are always complete.",
        "zh": "ledger.csv 和 balances.csv 按上方筛选导出；其他文件始终完整。",
    },
    "reports.file.passions": {"en": "Passions", "zh": "热情方向"},
    "reports.file.skills": {"en": "Skills", "zh": "技能"},
    "reports.file.people": {"en": "People", "zh": "联系人"},
    "reports.file.communities": {"en": "Communities and events", "zh": "社群与活动"},
    "reports.file.channels": {"en": "Links and channels", "zh": "链接与渠道"},
    "reports.file.person_passions": {"en": "People × passions", "zh": "联系人 × 热情方向"},
    "reports.file.person_communities": {"en": "People × communities", "zh": "联系人 × 社群"},
    "reports.file.person_skills": {"en": "What people offer and need", "zh": "联系人能提供与需要的技能"},
    "reports.file.person_questions": {"en": "Questions for people", "zh": "想问联系人的问题"},
    "reports.file.kinds": {"en": "Kinds of value", "zh": "价值类型"},
    "reports.file.ledger": {"en": "Ledger", "zh": "价值账本"},
    "reports.file.settings": {"en": "Settings", "zh": "设置"},
    "reports.file.balances": {"en": "Balances per person and month", "zh": "每人每月的平衡"},
    # Import
    "reports.import": {"en": "Import", "zh": "导入"},
    "reports.import_help": {
        "en": "Upload a zip or CSV files written by Export to restore or merge, or one ledger CSV with the columns "
        "date, person, direction, kind, points (note optional), up to {rows} rows per file. You will see what "
        "changes before anything is saved.",
        "zh": "上传由“导出”生成的 zip 或 CSV 文件以恢复或合并数据，或上传一个账本 CSV（列：date、person、"
        "direction、kind、points，note 可选），每个文件最多 {rows} 行。保存之前你会先看到将发生的变化。",
    },
    "reports.upload": {"en": "Zip or CSV files", "zh": "zip 或 CSV 文件"},
    "reports.checking": {"en": "Checking the files…", "zh": "正在检查文件…"},
    "reports.checked": {"en": "Checked: nothing is saved yet.", "zh": "检查完成：尚未保存任何内容。"},
    "reports.importing": {"en": "Importing…", "zh": "正在导入…"},
    "reports.plan_title": {"en": "What the import will change", "zh": "导入将带来的变化"},
    "reports.col.file": {"en": "File", "zh": "文件"},
    "reports.col.new": {"en": "New", "zh": "新增"},
    "reports.col.updated": {"en": "Updated", "zh": "更新"},
    "reports.col.unchanged": {"en": "Unchanged", "zh": "不变"},
    "reports.confirm": {"en": "Import now", "zh": "立即导入"},
    "reports.nothing_to_do": {
        "en": "These files match your data exactly: importing them would change nothing.",
        "zh": "这些文件与你的数据完全一致：导入不会带来任何变化。",
    },
    "reports.imported": {
        "en": "Imported: {new} new, {updated} updated, {unchanged} unchanged rows.",
        "zh": "导入完成：新增 {new} 行，更新 {updated} 行，{unchanged} 行不变。",
    },
    # CLI
    "reports.cli_exported": {
        "en": "exported {files} files ({rows} rows) of workspace {workspace} to {path} in {seconds} s",
        "zh": "已将工作区 {workspace} 的 {files} 个文件（{rows} 行）导出到 {path}，用时 {seconds} 秒",
    },
    # Import problems (file-level ones name the file; cell ones the file, row and column)
    "import.too_big": {
        "en": "is larger than the import limit of {limit} MB",
        "zh": "超过了 {limit} MB 的导入上限",
    },
    "import.changed_while_reading": {
        "en": "changed while it was being imported; nothing was imported. Import it again",
        "zh": "在导入过程中被修改了；未导入任何内容。请重新导入",
    },
    "import.out_of_memory": {
        "en": "is too large to import within the memory this server gives an import; nothing was imported. Split it "
        "into smaller files, or ask whoever runs Frentor to raise its memory_limit",
        "zh": "太大，超出了服务器为一次导入留出的内存；未导入任何内容。请拆成几个较小的文件，或请 Frentor 的管理者调高 "
        "memory_limit",
    },
    "import.too_many_rows": {"en": "has more than {limit} rows", "zh": "超过了 {limit} 行"},
    "import.bad_zip": {"en": "is not a readable zip archive", "zh": "不是可读取的 zip 压缩包"},
    "import.no_known_files": {
        "en": "holds none of the files Frentor exports (passions.csv, people.csv, ledger.csv, …)",
        "zh": "不包含任何 Frentor 导出的文件（passions.csv、people.csv、ledger.csv 等）",
    },
    "import.missing_path": {"en": "does not exist", "zh": "不存在"},
    "import.unknown_file": {
        "en": "is not a file name Frentor exports; rename it, or upload it on its own to read it as a ledger",
        "zh": "不是 Frentor 导出的文件名；请重命名，或单独上传以作为账本导入",
    },
    "import.same_file_twice": {"en": "is given twice (also as {other})", "zh": "重复提供（另见 {other}）"},
    "import.empty_file": {"en": "is empty", "zh": "是空文件"},
    "import.not_csv": {"en": "is not a CSV text file", "zh": "不是 CSV 文本文件"},
    "import.not_utf8": {
        "en": "is not UTF-8 text (first bad byte on line {line}); save it as “CSV UTF-8” and try again",
        "zh": "不是 UTF-8 文本（第 {line} 行出现无效字节）；请另存为“CSV UTF-8”格式后重试",
    },
    "import.bad_csv": {"en": "cannot be read as CSV: {detail}", "zh": "无法按 CSV 读取：{detail}"},
    "import.duplicate_columns": {"en": "has these columns twice: {columns}", "zh": "以下列重复出现：{columns}"},
    "import.unknown_columns": {
        "en": "has unknown columns: {columns} (known: {expected})",
        "zh": "包含未知的列：{columns}（可用的列：{expected}）",
    },
    "import.missing_columns": {"en": "lacks the columns: {columns}", "zh": "缺少以下列：{columns}"},
    "import.bad_decimal": {
        "en": "must be a number with at most {digits} digits before the point and 2 after it",
        "zh": "必须是小数点前最多 {digits} 位、小数点后最多 2 位的数字",
    },
    "import.bad_timestamp": {
        "en": "is not a valid date and time (YYYY-MM-DD HH:MM:SS)",
        "zh": "不是有效的日期时间（YYYY-MM-DD HH:MM:SS）",
    },
    "import.bad_bool": {"en": "must be true or false", "zh": "必须是 true 或 false"},
    "import.unknown_person": {
        "en": "names no person in this workspace; add a person column with their name",
        "zh": "在此工作区中找不到此联系人；请添加 person 列并填写姓名",
    },
}
