import type { Migration } from '../migration';

/**
 * Orders fit to sign (issue 14): an order states its basis (Підстава, JSON of core's orderBasisSchema), students kept
 * to repeat the year get an order kind of their own (`repeat`), and an order is cancelled only by another order
 * (`revoke`, naming it in `revokes_order_id`), never deleted. SQLite cannot widen a CHECK in place, so `orders` is
 * rebuilt; `order_items`, the one table referring to it, is set aside and put back around the rebuild, so no foreign
 * key is broken at any moment. Released: never edit; add a new numbered migration instead.
 */
export const ordersBasis: Migration = {
  version: 9,
  name: 'orders-basis',
  sql: `
CREATE TABLE order_items_kept AS SELECT * FROM order_items;
DROP TABLE order_items;
CREATE TABLE orders_kept AS SELECT * FROM orders;
DROP TABLE orders;

CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  academic_year TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number >= 1),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('enroll', 'transfer', 'withdraw', 'graduate', 'promote', 'repeat', 'revoke')),
  entered_on TEXT NOT NULL,
  year_end_of TEXT,
  basis TEXT CHECK (basis IS NULL OR json_valid(basis)),
  revokes_order_id TEXT REFERENCES orders (id),
  rev INTEGER,
  change_count INTEGER NOT NULL DEFAULT 1,
  sent_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((kind = 'revoke') = (revokes_order_id IS NOT NULL))
);
INSERT INTO orders (id, academic_year, number, date, kind, entered_on, year_end_of, rev, change_count, sent_count, deleted, updated_at, updated_by)
  SELECT id, academic_year, number, date, kind, entered_on, year_end_of, rev, change_count, sent_count, deleted, updated_at, updated_by FROM orders_kept;
DROP TABLE orders_kept;
CREATE UNIQUE INDEX orders_by_number ON orders (academic_year, number);
CREATE INDEX orders_by_date ON orders (date);
CREATE INDEX orders_by_year_end ON orders (year_end_of) WHERE year_end_of IS NOT NULL;
CREATE UNIQUE INDEX orders_revoking ON orders (revokes_order_id) WHERE revokes_order_id IS NOT NULL AND deleted = 0;

CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders (id),
  position INTEGER NOT NULL,
  student_id TEXT NOT NULL REFERENCES students (id),
  from_class_id TEXT REFERENCES classes (id),
  to_class_id TEXT REFERENCES classes (id),
  reason TEXT CHECK (reason IS NULL OR reason IN ('completed_education', 'enrolled_elsewhere', 'transferred', 'moved_abroad', 'other')),
  destination_school TEXT,
  PRIMARY KEY (order_id, position)
) WITHOUT ROWID;
INSERT INTO order_items SELECT order_id, position, student_id, from_class_id, to_class_id, reason, destination_school FROM order_items_kept;
DROP TABLE order_items_kept;
CREATE INDEX order_items_by_student ON order_items (student_id);
`,
};
