import { sql, type Kysely } from 'kysely';

/** Campuses, departments, positions, people, roles and role groups. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE campus (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      address text NOT NULL DEFAULT '',
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX campus_code_live ON campus (code) WHERE deleted_at IS NULL;

    CREATE TABLE position (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX position_code_live ON position (code) WHERE deleted_at IS NULL;

    CREATE TABLE department (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      parent_id uuid REFERENCES department (id),
      campus_id uuid REFERENCES campus (id),
      kind text NOT NULL DEFAULT 'other'
        CHECK (kind IN ('hospital', 'clinical', 'medical_technical', 'nursing', 'administrative', 'logistics', 'other')),
      head_person_id uuid,
      -- Materialised path of ids ('/root/child/'), so "department and below" is a prefix match.
      path text NOT NULL,
      sort integer NOT NULL DEFAULT 0,
      name_pinyin text NOT NULL DEFAULT '',
      name_initials text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX department_code_live ON department (code) WHERE deleted_at IS NULL;
    CREATE INDEX department_parent ON department (parent_id);
    CREATE INDEX department_path ON department (path text_pattern_ops);

    CREATE TABLE person (
      id uuid PRIMARY KEY,
      employee_no text NOT NULL,
      name text NOT NULL,
      gender text NOT NULL DEFAULT 'unknown' CHECK (gender IN ('male', 'female', 'unknown')),
      phone text,
      email text,
      department_id uuid NOT NULL REFERENCES department (id),
      position_id uuid REFERENCES position (id),
      superior_id uuid REFERENCES person (id),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      -- Every pinyin reading of the name (polyphones give several), space separated.
      name_pinyin text NOT NULL DEFAULT '',
      name_initials text NOT NULL DEFAULT '',
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX person_employee_no_live ON person (employee_no) WHERE deleted_at IS NULL;
    CREATE INDEX person_by_department ON person (department_id);
    CREATE INDEX person_superior ON person (superior_id);
    CREATE INDEX person_name_pinyin ON person (name_pinyin text_pattern_ops);
    CREATE INDEX person_name_initials ON person (name_initials text_pattern_ops);

    ALTER TABLE department
      ADD CONSTRAINT department_head_fk FOREIGN KEY (head_person_id) REFERENCES person (id);

    -- Every department a person belongs to, the primary one included.
    CREATE TABLE person_department (
      person_id uuid NOT NULL REFERENCES person (id),
      department_id uuid NOT NULL REFERENCES department (id),
      is_primary boolean NOT NULL DEFAULT false,
      PRIMARY KEY (person_id, department_id)
    );
    CREATE INDEX person_department_by_department ON person_department (department_id);

    CREATE TABLE role_group (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );

    CREATE TABLE role (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      group_id uuid REFERENCES role_group (id),
      -- Built-in roles (e.g. everyone's 员工 role) cannot be deleted.
      builtin boolean NOT NULL DEFAULT false,
      sort integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX role_code_live ON role (code) WHERE deleted_at IS NULL;

    CREATE TABLE role_member (
      role_id uuid NOT NULL REFERENCES role (id),
      person_id uuid NOT NULL REFERENCES person (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (role_id, person_id)
    );
    CREATE INDEX role_member_person ON role_member (person_id);

    -- Function rights a role grants, each with a data scope.
    CREATE TABLE role_permission (
      role_id uuid NOT NULL REFERENCES role (id),
      permission text NOT NULL,
      scope text NOT NULL DEFAULT 'all'
        CHECK (scope IN ('self', 'department', 'department_tree', 'campus', 'all')),
      PRIMARY KEY (role_id, permission)
    );

    CREATE TABLE app_setting (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
