"""Staff desk: escalation lifecycle, relayed messages, run-time roles, per-user staff topic.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True)
OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    op.create_table(
        "role_grants",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("granted_by", sa.BigInteger(), nullable=False),
        sa.Column("granted_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_role_grants")),
    )
    op.create_table(
        "relays",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("escalation_id", BIG_ID, nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("user_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_message_id", sa.BigInteger(), nullable=False),
        sa.Column("staff_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("staff_message_id", sa.BigInteger(), nullable=False),
        sa.Column("staff_user_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.CheckConstraint(
            "direction IN ('to_staff', 'to_user')", name=op.f("ck_relays_direction")
        ),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalations.id"],
            name=op.f("fk_relays_escalation_id_escalations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relays")),
    )
    op.create_index(op.f("ix_relays_escalation_id"), "relays", ["escalation_id"])
    op.create_index("ix_relays_staff_side", "relays", ["staff_chat_id", "staff_message_id"])
    op.create_index("ix_relays_user_side", "relays", ["user_chat_id", "user_message_id"])
    with op.batch_alter_table("escalations") as batch_op:
        batch_op.add_column(sa.Column("card_message_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("claimed_by_name", sa.String(length=256), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("first_staff_reply_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("reassured_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("closed_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("closed_how", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("rating", sa.String(length=8), nullable=True))
        batch_op.create_check_constraint("status", "status IN ('open', 'closed')")
    # At most one open escalation per user, whatever number of processes race to open one.
    op.create_index(
        "uq_escalations_open_user",
        "escalations",
        ["user_id"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(
            sa.Column("unclear_streak", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("staff_topic_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("staff_topic_id")
        batch_op.drop_column("unclear_streak")
    op.drop_index("uq_escalations_open_user", table_name="escalations")
    with op.batch_alter_table("escalations") as batch_op:
        batch_op.drop_constraint("status", type_="check")
        for column in (
            "rating",
            "closed_how",
            "closed_at",
            "reassured_at",
            "first_staff_reply_at",
            "claimed_at",
            "claimed_by_name",
            "claimed_by",
            "card_message_id",
        ):
            batch_op.drop_column(column)
    op.drop_table("relays")
    op.drop_table("role_grants")
