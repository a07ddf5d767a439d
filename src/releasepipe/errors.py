"""Every user-facing error and warning, each with a stable code.

Codes never change meaning once released, so users, CI scripts and tests can
search for them. ``RP1xx`` are errors that stop one input file; ``RP2xx`` are
warnings attached to a release that was still processed; ``RP3xx`` are errors
in the run's configuration (pipeline definitions, options); ``RP4xx`` stop a
run because its output folder cannot be used.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    # RP1xx: one input failed, the batch goes on
    EMPTY_INPUT = "RP101"
    UNSUPPORTED_FORMAT = "RP102"
    UNDECODABLE = "RP103"
    CORRUPT_FILE = "RP104"
    BINARY_CONTENT = "RP105"
    FILE_NOT_FOUND = "RP106"
    UNREADABLE = "RP107"
    OUTPUT_COLLISION = "RP108"
    PROCESSING_FAILED = "RP109"
    TIMEOUT = "RP110"
    UNSAFE_LINK = "RP111"
    TOO_LARGE = "RP112"
    UNSAFE_CONTENT = "RP113"
    TOO_DEEP = "RP114"
    WORKER_DIED = "RP115"
    NOT_A_REGULAR_FILE = "RP116"
    # RP2xx: warnings on a processed release
    NO_MODEL = "RP201"
    LANGUAGE_UNDETERMINED = "RP202"
    ATTACHMENT_SKIPPED = "RP203"
    DECODING_REPLACED = "RP204"
    PART_UNREADABLE = "RP205"
    NO_TITLE = "RP206"
    AMBIGUOUS_DAY_MONTH = "RP207"
    PHONE_REGION_UNKNOWN = "RP208"
    FALLBACK_MODEL = "RP209"
    PHONE_READ_AS_NANP = "RP210"
    CONTENT_SKIPPED = "RP211"
    STATE_REBUILT = "RP212"
    CACHE_UNUSED = "RP213"
    MODEL_NOT_INSTALLED = "RP214"
    NO_LANGUAGE_WORDS = "RP215"  # a stage has no words for the release's language (lang/ pack)
    PHONE_READ_BY_LANGUAGE = "RP216"  # no region known: read in the country of the release's language
    # RP3xx: configuration
    PIPELINE_NOT_FOUND = "RP301"
    PIPELINE_INVALID = "RP302"
    UNKNOWN_STAGE = "RP303"
    UNKNOWN_MODEL = "RP304"
    BAD_OPTION = "RP305"
    # RP4xx: the output folder cannot be used; the run stops (exit 2)
    OUTPUT_OVERLAPS_INPUT = "RP401"
    OUTPUT_LOCKED = "RP402"
    OUTPUT_NOT_WRITABLE = "RP403"
    STATE_TOO_NEW = "RP404"
    OUTPUT_TAKEN = "RP405"


class ReleasepipeError(Exception):
    """Base class: an error with a stable code and, when known, the file."""

    def __init__(self, code: Code, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code.value}]"


class InputError(ReleasepipeError):
    """One input file cannot be processed (empty, corrupt, unsupported…)."""


class ConfigError(ReleasepipeError):
    """The run's configuration is wrong (unknown pipeline, stage, model…)."""


class OutputError(ReleasepipeError):
    """The output folder cannot be used (overlaps an input, locked by another run,
    read-only, full, or holds a state written by a newer releasepipe); the run stops."""


class TimeLimit(BaseException):
    """Raised into a file's work when its time is up.

    A ``BaseException``, like ``KeyboardInterrupt``, so that the ``except
    Exception`` handlers readers keep around third-party parsers cannot
    swallow it.
    """
