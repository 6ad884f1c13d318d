"""attachments: evidence documents stored in the database (issue 23)

Revision ID: 0010
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=10), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("update_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=12), nullable=True),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_attachment_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], name=op.f("fk_attachment_task_id_task"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["update_id"], ["progress_update.id"],
                                name=op.f("fk_attachment_update_id_progress_update"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["target_id"], ["target.id"],
                                name=op.f("fk_attachment_target_id_target"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_attachment_area_id_area")),
        sa.ForeignKeyConstraint(["sha256"], ["attachment_blob.sha256"],
                                name=op.f("fk_attachment_sha256_attachment_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_plan_id"))
    op.drop_table("attachment")
    op.drop_table("attachment_blob")
