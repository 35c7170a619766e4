"""Failures: a UserError carries a Vietnamese, actionable message; anything else is a bug."""


class UserError(Exception):
    """A failure the user can act on; the message is Vietnamese and shown as is.

    The message names what to do as the windows offer it; `cli_hint` is the command that does
    it from the command line (messages.py, the `_CLI` hints), printed by the CLI only.
    """

    def __init__(self, message: str, *, cli_hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.cli_hint = cli_hint

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """Input that breaks a rule (unknown unit code, a wrong number, a bad option)."""


class StorageError(UserError):
    """The database or the data folder cannot be used (disk full, read-only, locked, corrupt)."""


class CorruptDatabaseError(StorageError):
    """The database file fails PRAGMA quick_check or is not a database at all."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the application."""


class SetupRequiredError(UserError):
    """The data folder has not been bound to a unit yet."""


class AlreadyRunningError(UserError):
    """Another instance of the application holds the data folder."""


class PackageError(UserError):
    """A data package or reply file that cannot be accepted (damaged, foreign, unsafe)."""


class WrongFileKindError(PackageError):
    """A file of another kind (a workbook, a reply file…) given where a package was expected."""


class UnreadableFileError(PackageError):
    """An exchanged file that is missing, a folder, or that the system will not let be read.

    The message names the file and says why; a caller reading another kind of file (a template
    bundle) passes it on as is rather than calling the file damaged.
    """


class TemplateError(UserError):
    """A report template or its mapping file that cannot be used (missing, malformed, foreign)."""


class ExportError(UserError):
    """A report file that could not be written or failed its check after writing."""


class StoredModeError(ValidationError):
    """A report's stored figures were counted in another period mode than the one asked for.

    `stored` is the mode they were counted in, `mode` the one asked for: the screens offer to
    show them in `stored`, or to count (`recount`: from the unit's register) or enter them
    again in `mode`.
    """

    def __init__(
        self, message: str, *, stored: str, mode: str, recount: bool = False, cli_hint: str = ""
    ) -> None:
        super().__init__(message, cli_hint=cli_hint)
        self.stored = stored
        self.mode = mode
        self.recount = recount
