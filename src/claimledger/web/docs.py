"""The API documentation page, rendered on the server from the OpenAPI document.

FastAPI's default /docs loads Swagger UI from a CDN; this page needs nothing from
outside, so it works offline. /openapi.json stays the machine-readable source.
"""

from __future__ import annotations

from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node.get(part, {})
        return node if isinstance(node, dict) else {}
    return schema


def type_text(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """A schema in a few words: "integer (1..200, default 50)", "string | null"."""
    schema = _resolve(spec, schema)
    if "anyOf" in schema:
        base = " | ".join(type_text(spec, s) for s in schema["anyOf"])
    elif "enum" in schema:
        base = " | ".join(repr(v) for v in schema["enum"])
    elif "const" in schema:
        base = repr(schema["const"])
    else:
        base = str(schema.get("type", "object"))
        if schema.get("format"):
            base += f" ({schema['format']})"
    bounds = []
    lo = schema.get("minimum", schema.get("exclusiveMinimum"))
    hi = schema.get("maximum", schema.get("exclusiveMaximum"))
    if lo is not None or hi is not None:
        bounds.append(f"{'' if lo is None else lo}..{'' if hi is None else hi}")
    if schema.get("maxLength") is not None:
        bounds.append(f"at most {schema['maxLength']} characters")
    if "default" in schema and schema["default"] is not None:
        bounds.append(f"default {schema['default']!r}")
    return base + (f" ({', '.join(bounds)})" if bounds else "")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of ``spec`` with its parameters, body fields and responses."""
    out = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": bool(p.get("required")),
                    "type": type_text(spec, p.get("schema", {})),
                    "description": p.get("description")
                    or _resolve(spec, p.get("schema", {})).get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            body = []
            content = op.get("requestBody", {}).get("content", {})
            schema = _resolve(spec, content.get("application/json", {}).get("schema", {}))
            required = set(schema.get("required", []))
            for name, prop in schema.get("properties", {}).items():
                body.append(
                    {
                        "name": name,
                        "required": name in required,
                        "type": type_text(spec, prop),
                        "description": prop.get("description", ""),
                    }
                )
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tags": op.get("tags", []),
                    "parameters": params,
                    "body": body,
                    "responses": [
                        {"status": k, "description": v.get("description", "")}
                        for k, v in op.get("responses", {}).items()
                    ],
                }
            )
    return out
