"""five-year programmes: programme, programme_target, programme_link

Revision ID: 0011
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("code", name=op.f("uq_programme_code")),
    )
    op.create_table(
        "programme_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("per_year", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["programme_target.id"], ondelete="CASCADE",
            name=op.f("fk_programme_target_parent_id_programme_target"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], ondelete="CASCADE",
            name=op.f("fk_programme_target_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_target")),
        sa.UniqueConstraint("programme_id", "code", name=op.f("uq_programme_target_programme_id")),
    )
    with op.batch_alter_table("programme_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_target_programme_id"), ["programme_id"], unique=False
        )
    op.create_table(
        "programme_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_target_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target_code", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_target_id"], ["programme_target.id"], ondelete="CASCADE",
            name=op.f("fk_programme_link_programme_target_id_programme_target"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_link")),
        sa.UniqueConstraint("year", "target_code", name="uq_programme_link_target"),
    )
    with op.batch_alter_table("programme_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_link_programme_target_id"), ["programme_target_id"],
            unique=False,
        )


def downgrade() -> None:
    op.drop_table("programme_link")
    op.drop_table("programme_target")
    op.drop_table("programme")
