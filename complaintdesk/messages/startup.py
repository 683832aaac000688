"""Messages printed before the window can open (``complaintdesk.platform_check``): no display, missing libraries."""

from __future__ import annotations

from complaintdesk.messages.core import define

NO_DISPLAY = define(
    "startup.no_display",
    "ComplaintDesk cannot open its window: there is no X11 display (the DISPLAY variable is not set). Start it "
    "in a desktop session (remotely: ssh -X); on a Wayland desktop leave QT_QPA_PLATFORM unset or set it to "
    "wayland. For tests on a machine without a screen, set QT_QPA_PLATFORM=offscreen.",
    "中小企业投诉办理台无法打开窗口：没有 X11 图形显示（未设置 DISPLAY 环境变量）。请在桌面环境中启动"
    "（远程登录请用 ssh -X）；Wayland 桌面请不设置 QT_QPA_PLATFORM 或设为 wayland。"
    "在没有显示器的机器上运行测试时，请设置 QT_QPA_PLATFORM=offscreen。")
MISSING_LIBRARIES = define(
    "startup.missing_libraries",
    "ComplaintDesk cannot open its window: system libraries that Qt needs for the X11 desktop are missing "
    "(library → package):\n{libraries}\nAsk your IT staff to install them (Debian, Ubuntu, UOS, Kylin):\n"
    "  {command}",
    "中小企业投诉办理台无法打开窗口：缺少 Qt 图形界面（X11）所需的系统库（库文件 → 软件包）：\n{libraries}\n"
    "请信息化人员安装（Debian、Ubuntu、统信UOS、麒麟）：\n  {command}")
