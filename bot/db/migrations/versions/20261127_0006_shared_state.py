"""State every bot replica must share: flood counts, dialogue steps, chat leases, send pace.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Leases and send slots matter only while the bot runs: on PostgreSQL they are UNLOGGED,
    # so taking a chat or a send slot writes no WAL and its commit waits for no disk flush (a
    # database crash empties them, which frees every chat and slot: harmless).
    ephemeral = ["UNLOGGED"] if op.get_bind().dialect.name == "postgresql" else []
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("flood_times", JSON, nullable=True))
        batch.add_column(
            sa.Column("flood_noticed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "dialogues",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_dialogues")),
    )
    op.create_table(
        "chat_leases",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("holder", sa.String(length=32), nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_chat_leases")),
        prefixes=ephemeral,
    )
    op.create_table(
        "send_slots",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("next_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_send_slots")),
        prefixes=ephemeral,
    )


def downgrade() -> None:
    op.drop_table("send_slots")
    op.drop_table("chat_leases")
    op.drop_table("dialogues")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("flood_noticed")
        batch.drop_column("flood_times")
