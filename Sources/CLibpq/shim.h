// libpq's types and constants only: parley loads libpq itself, on first use, so that a
// dashboard without a PostgreSQL archive never pays for loading it and its dependencies.
#include <postgresql/libpq-fe.h>
