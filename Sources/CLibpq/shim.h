// libpq, PostgreSQL's own C client (Debian's libpq-dev puts it under postgresql/).
#include <postgresql/libpq-fe.h>
