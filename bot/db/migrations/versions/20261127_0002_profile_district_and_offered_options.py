"""Profile district, the options last offered, what the bot awaits; entities on messages.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    # Batch mode: SQLite can add columns in place, but batch keeps one code path for both.
    with op.batch_alter_table("messages") as batch_op:
        batch_op.add_column(sa.Column("entities", JSON, nullable=True))
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("district", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("offered", JSON, nullable=True))
        batch_op.add_column(sa.Column("awaiting", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("awaiting")
        batch_op.drop_column("offered")
        batch_op.drop_column("district")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("entities")
