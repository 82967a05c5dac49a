"""What a bill needs to know about the jurisdiction it is drafted for.

The generic jurisdiction fills every such value with a ULC-style bracket for the drafter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Jurisdiction:
    """The jurisdiction's words as clause templates use them (``{{ j.legislature }}``, ...).

    ``ninth_circuit`` is ``None`` when unknown (the generic bill), so templates can print the
    Ninth Circuit material in brackets as optional text.
    """

    code: str | None
    name: str
    style: str
    state_word: str
    legislature: str
    act_word: str
    enacting_clause: str
    central_repository: str
    ninth_circuit: bool | None = None
    compact_note: str | None = None

    @property
    def this_state(self) -> str:
        """ "this [state]", "this state", "this Commonwealth": how the act names its own polity."""
        return f"this {self.state_word}"

    @property
    def is_generic(self) -> bool:
        return self.code is None


GENERIC = Jurisdiction(
    code=None,
    name="[State]",
    style="[State]",
    state_word="[state]",
    legislature="[Legislature]",
    act_word="[act]",
    enacting_clause="[Be it enacted by the [Legislature] of [State]:]",
    central_repository="[the central repository]",
)
