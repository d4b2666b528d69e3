from tortoise import connections


async def database_ready() -> bool:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:
        return False
    return True
