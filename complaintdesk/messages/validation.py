"""Messages of form validation that apply to any field (the field's name is a parameter)."""

from __future__ import annotations

from complaintdesk.messages.core import define

PROBLEMS = define("validation.problems", "{problems}", "{problems}")
REQUIRED = define("validation.required", "{name} is required", "请填写{name}")
CONTROL_CHARACTERS = define("validation.control_characters", "{name} contains control characters",
                            "{name}含有不可见的控制字符")
TOO_LONG = define("validation.too_long", "{name} must be at most {max_len} characters (has {length})",
                  "{name}不能超过{max_len}字（现有{length}字）")
