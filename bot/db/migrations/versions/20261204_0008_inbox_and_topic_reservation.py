"""The update inbox (Telegram is told an update arrived once it is stored, not once handled),
and staff topic reservations that expire (a process that died between reserving and creating
a topic no longer blocks that user's escalations).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("staff_topic_reserved_at", UTC, nullable=True))
    op.create_table(
        "update_inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.Column("holder", sa.String(length=32), nullable=False),
        sa.Column("lease_until", UTC, nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_update_inbox")),
    )
    op.create_index(
        op.f("ix_update_inbox_lease_until"), "update_inbox", ["lease_until"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_update_inbox_lease_until"), table_name="update_inbox")
    op.drop_table("update_inbox")
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("staff_topic_reserved_at")
