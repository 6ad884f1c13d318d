"""The command line's help in Vietnamese (the default; ``--lang en`` keeps the
English): argparse's own words (usage, sections, -h) and the help texts of the
subcommands and their options, looked up by their English text — a help text
not listed here stays as written, so a new option never breaks ``--help``."""

from __future__ import annotations

import argparse

HELP_VI: dict[str, str] = {
    # subcommands (cli.COMMANDS)
    "create or upgrade the database; --demo adds the sample plan":
        "tạo hoặc nâng cấp cơ sở dữ liệu; --demo thêm kế hoạch mẫu (chỉ vào cơ sở dữ liệu trống)",
    "print a plan as JSON": "in một kế hoạch dạng JSON",
    "check the database (and its backups)": "kiểm tra cơ sở dữ liệu (và các bản sao lưu)",
    "export a plan to an interchange workbook (.xlsx)":
        "xuất một kế hoạch ra tệp Excel trao đổi (.xlsx)",
    "import interchange workbooks or returned district forms":
        "nhập tệp Excel trao đổi hoặc biểu mẫu các địa bàn gửi về",
    "data-collection forms for districts, one workbook per area":
        "tạo biểu mẫu thu thập số liệu, mỗi địa bàn một tệp",
    "render a report to PDF or Word": "lập báo cáo ra tệp PDF hoặc Word",
    "make a verified backup of the database": "sao lưu cơ sở dữ liệu (có kiểm tra)",
    "restore the database from a backup": "khôi phục cơ sở dữ liệu từ bản sao lưu",
    "read a draft plan from a document (.docx or .txt)":
        "đọc dự thảo kế hoạch từ văn bản (.docx hoặc .txt)",
    "the reporting calendar": "lịch báo cáo",
    # common options
    "SQLite file path or SQLAlchemy URL": "đường dẫn tệp SQLite hoặc địa chỉ SQLAlchemy",
    "language of messages (default: vi)": "ngôn ngữ thông báo (mặc định: vi)",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    # options of the subcommands
    "plan year": "năm của kế hoạch",
    "the .xlsx file to write": "tệp .xlsx cần ghi",
    "period code or label, e.g. 2021-Q2": "mã hoặc tên kỳ, VD: 2021-Q2",
    "one area's code (default: every district-level area)":
        "mã một địa bàn (mặc định: mọi địa bàn cấp huyện)",
    "the date to send the form back (dd/mm/yyyy)": "hạn gửi lại biểu mẫu (dd/mm/yyyy)",
    "a folder, or a .xlsx file for one area": "một thư mục, hoặc một tệp .xlsx cho một địa bàn",
    "the plan document (.docx or .txt)": "văn bản kế hoạch (.docx hoặc .txt)",
    "the plan's year": "năm của kế hoạch",
    "show what was read, save nothing": "hiện những gì đọc được, không lưu gì",
    "interchange workbooks or returned district forms":
        "tệp Excel trao đổi hoặc biểu mẫu các địa bàn gửi về",
    "show what would change; change nothing": "hiện những gì sẽ thay đổi; không thay đổi gì",
    "replace values that already exist": "thay các giá trị đã có",
    "do not ask for confirmation": "không hỏi xác nhận",
    "add the 2021 sample plan to an empty database (never to real data)":
        "thêm kế hoạch mẫu năm 2021 vào cơ sở dữ liệu trống (không bao giờ vào dữ liệu thật)",
    "period code or label, e.g. 2021-H1 (default: the year)":
        "mã hoặc tên kỳ, VD: 2021-H1 (mặc định: cả năm)",
    "output file (.pdf or .docx)": "tệp kết quả (.pdf hoặc .docx)",
    "report kind": "loại báo cáo",
    "plan year (every kind but programme)": "năm của kế hoạch (mọi loại trừ programme)",
    "--kind programme: the programme, e.g. 2026-2030":
        "--kind programme: giai đoạn, VD: 2026-2030",
    "--kind programme: the review up to this year": "--kind programme: đánh giá đến hết năm này",
    "five-year programme, e.g. 2026-2030": "kế hoạch 5 năm (giai đoạn), VD: 2026-2030",
    "with --programme: roll up to this year (default: the last year with a plan)":
        "với --programme: cộng đến hết năm này (mặc định: năm cuối cùng có kế hoạch)",
    "document number, e.g. 5 (printed 05)": "số văn bản, VD: 5 (in thành 05)",
    "document date, e.g. 2021-07-05 or 05/07/2021": "ngày văn bản, VD: 2021-07-05 hoặc 05/07/2021",
    "PDF font: auto (Times New Roman if present), bundled, times":
        "phông chữ PDF: auto (Times New Roman nếu có), bundled (phông kèm theo), times",
    "backup file (.sqlite or .json.gz)": "tệp sao lưu (.sqlite hoặc .json.gz)",
    "backup file (.sqlite, or .json.gz for a portable dump) or folder; default: the backup "
    "folder, rotated":
        "tệp sao lưu (.sqlite, hoặc .json.gz để chuyển sang máy khác) hoặc thư mục; mặc định: "
        "thư mục sao lưu, giữ số bản theo cài đặt",
    "do not verify the backups": "không kiểm tra các bản sao lưu",
    "sign in as this user when the database has users (password from CBDESK_PASSWORD or a "
    "prompt)":
        "đăng nhập bằng người dùng này khi cơ sở dữ liệu có người dùng (mật khẩu lấy từ "
        "CBDESK_PASSWORD hoặc được hỏi)",
    # attach / attachments / attachment (issue 23)
    "attach documents (evidence) to a task, a result or the plan":
        "đính kèm tài liệu (minh chứng) vào nhiệm vụ, kết quả hoặc kế hoạch",
    "list the documents attached to a plan": "liệt kê tài liệu đính kèm của một kế hoạch",
    "save a copy of an attached document": "lưu bản sao một tài liệu đính kèm",
    "the files to attach": "các tệp cần đính kèm",
    "attach to this task (its code)": "đính kèm vào nhiệm vụ này (mã nhiệm vụ)",
    "attach to a result of this target (its code)":
        "đính kèm vào kết quả của chỉ tiêu này (mã chỉ tiêu)",
    "attach to the plan itself": "đính kèm vào chính kế hoạch",
    "the result's period, e.g. 2021-Q1 (with --target)": "kỳ của kết quả, VD: 2021-Q1 (với --target)",
    "the result's area code (with --target; default: province)":
        "mã địa bàn của kết quả (với --target; mặc định: toàn tỉnh)",
    "a note kept with the attachment": "ghi chú kèm theo tài liệu",
    "print JSON": "in dạng JSON",
    "the attachment's number (see 'cbdesk attachments')":
        "số của tài liệu đính kèm (xem 'cbdesk attachments')",
    "the file to write": "tệp cần ghi",
}


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix or "Cách dùng: ")


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:  # noqa: SLF001 (argparse keeps them there)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                choice.help = HELP_VI.get(choice.help, choice.help)
            seen = set()
            for sub in action.choices.values():
                if id(sub) not in seen:
                    seen.add(id(sub))
                    yield from _parsers(sub)


def localise(parser: argparse.ArgumentParser, lang: str = "vi") -> argparse.ArgumentParser:
    """``parser`` with its help in ``lang`` (Vietnamese unless "en")."""
    if lang == "en":
        return parser
    for p in _parsers(parser):
        p.formatter_class = _Formatter
        for group in p._action_groups:  # noqa: SLF001
            group.title = {"positional arguments": "đối số",
                           "options": "tùy chọn",
                           "optional arguments": "tùy chọn"}.get(group.title, group.title)
        for action in p._actions:  # noqa: SLF001
            if isinstance(action.help, str):
                action.help = HELP_VI.get(action.help, action.help)
    return parser
