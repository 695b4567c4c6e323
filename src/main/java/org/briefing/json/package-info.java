/**
 * A JSON tree that remembers the file, line, column and JSON pointer of every value, and a
 * strict reader over it that reports unknown fields, wrong types and missing fields as problems.
 * Jackson's streaming parser does the parsing; nothing above this package sees Jackson.
 */
package org.briefing.json;
