"""Field-level validation errors: every problem names its input, in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass

from complaintdesk.services.errors import ServiceError


@dataclass(frozen=True)
class Problem:
    field: str  # the input it belongs to, e.g. "complainant.uscc", "received_on", "claims[0].amount"
    zh: str
    en: str


class ValidationError(ServiceError):
    """One or more inputs are wrong; nothing was saved."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        super().__init__("；".join(f"{p.zh}" for p in problems), problems[0].field if problems else None)

    def for_field(self, field: str) -> Problem | None:
        return next((p for p in self.problems if p.field == field), None)


class Collector:
    """Gathers every problem of a form so that the user sees them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, zh: str, en: str) -> None:
        self.problems.append(Problem(field, zh, en))

    def require(self, field: str, value, zh_name: str, en_name: str) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, f"请填写{zh_name}", f"{en_name} is required")
            return False
        return True

    def text(self, field: str, value: str | None, zh_name: str, en_name: str, *, required: bool = False,
             max_len: int = 200) -> str | None:
        """Whitespace-normalised text (inner runs of spaces kept for multi-line fields), length-checked."""
        if value is None or not value.strip():
            if required:
                self.add(field, f"请填写{zh_name}", f"{en_name} is required")
            return None
        cleaned = value.strip()
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
            self.add(field, f"{zh_name}含有不可见的控制字符", f"{en_name} contains control characters")
            return None
        if len(cleaned) > max_len:
            self.add(field, f"{zh_name}不能超过{max_len}字（现有{len(cleaned)}字）",
                     f"{en_name} must be at most {max_len} characters (has {len(cleaned)})")
            return None
        return cleaned

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)
