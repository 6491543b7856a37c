"""Privacy: an escalation outlives the user who forgot themselves, as anonymous statistics.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.alter_column("user_id", existing_type=sa.BigInteger(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM escalations WHERE user_id IS NULL")
    with op.batch_alter_table("escalations") as batch:
        batch.alter_column("user_id", existing_type=sa.BigInteger(), nullable=False)
