<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Audit</name>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All records</source>
      <translation>All records</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All users</source>
      <translation>All users</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Enabled</source>
      <translation>Enabled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Erased</source>
      <translation>Erased</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Exported</source>
      <translation>Exported</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Import mapping</source>
      <translation>Import mapping</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Inbound receipt</source>
      <translation>Inbound receipt</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Left the shop</source>
      <translation>Left the shop</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Logged in</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Login failed</source>
      <translation>Login failed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Old → new</source>
      <translation>Old → new</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Posted</source>
      <translation>Posted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Printed</source>
      <translation>Printed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Revisit plan</source>
      <translation>Revisit plan</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Search summary and changes…  (Ctrl+F)</source>
      <translation>Search summary and changes…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shop</source>
      <translation>Shop</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stock movement</source>
      <translation>Stock movement</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stocktake</source>
      <translation>Stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User account</source>
      <translation>User account</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} created; it must change its password at first login.</source>
      <translation>Account {user} created; it must change its password at first login.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} disabled.</source>
      <translation>Account {user} disabled.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Accounts (password: {password}):</source>
      <translation>Accounts (password: {password}):</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Demo shop created in {db}.</source>
      <translation>Demo shop created in {db}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Error: {message}</source>
      <translation>Error: {message}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No account named {user}.</source>
      <translation>No account named {user}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</source>
      <translation>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for the owner account: </source>
      <translation>Password for the owner account: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for {user}: </source>
      <translation>Password for {user}: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Shop '{shop}' created in {db}. Owner account: {owner}</source>
      <translation>Shop '{shop}' created in {db}. Owner account: {owner}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>ShopManager: the shop's back office.</source>
      <translation>ShopManager: the shop's back office.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Temporary password for {user}: </source>
      <translation>Temporary password for {user}: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>This command changes data: name the acting user with --user NAME.</source>
      <translation>This command changes data: name the acting user with --user NAME.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</source>
      <translation>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>check the database: integrity, foreign keys, schema, stock</source>
      <translation>check the database: integrity, foreign keys, schema, stock</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create a demo shop with realistic data</source>
      <translation>create a demo shop with realistic data</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create the shop and the owner account (first run)</source>
      <translation>create the shop and the owner account (first run)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</source>
      <translation>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disable an account</source>
      <translation>disable an account</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disabled</source>
      <translation>disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>do nothing if the database holds a shop</source>
      <translation>do nothing if the database holds a shop</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>language of messages</source>
      <translation>language of messages</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>list accounts</source>
      <translation>list accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of customers</source>
      <translation>number of customers</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of orders</source>
      <translation>number of orders</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of products</source>
      <translation>number of products</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's real name</source>
      <translation>owner's real name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's user name</source>
      <translation>owner's user name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>shop name</source>
      <translation>shop name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>user accounts</source>
      <translation>user accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{db} already holds a shop. Use another --db for the demo.</source>
      <translation>{db} already holds a shop. Use another --db for the demo.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordForm</name>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Current password</source>
      <translation>&amp;Current password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;New password</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Repeat new password</source>
      <translation>&amp;Repeat new password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</source>
      <translation>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</translation>
    </message>
  </context>
  <context>
    <name>Check</name>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Foreign keys</source>
      <translation>Foreign keys</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Integrity</source>
      <translation>Integrity</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Schema version</source>
      <translation>Schema version</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Stock equals the sum of movements</source>
      <translation>Stock equals the sum of movements</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found} (this program: {known})</source>
      <translation>{found} (this program: {known})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{n} broken references</source>
      <translation>{n} broken references</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot create the folder {path}: {reason}</source>
      <translation>Cannot create the folder {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path} for writing ({reason}).</source>
      <translation>Cannot open {path} for writing ({reason}).</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path}: {reason}</source>
      <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</source>
      <translation>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read {path}: {reason}</source>
      <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>No database is open.</source>
      <translation>No database is open.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>PostgreSQL refused the user name or password for {url}.</source>
      <translation>PostgreSQL refused the user name or password for {url}.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL address needs a database name: {url}</source>
      <translation>The PostgreSQL address needs a database name: {url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</source>
      <translation>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</source>
      <translation>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The folder {path} is read-only: the database cannot be created there.</source>
      <translation>The folder {path} is read-only: the database cannot be created there.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>There is no database at {path}.</source>
      <translation>There is no database at {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/migrations.py" />
      <source>This database was not made by ShopManager (it has other tables). It was left untouched.</source>
      <translation>This database was not made by ShopManager (it has other tables). It was left untouched.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/migrations.py" />
      <source>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</source>
      <translation>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Unknown kind of database address: {url}</source>
      <translation>Unknown kind of database address: {url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is damaged ({reason}). It was left untouched; restore a backup.</source>
      <translation>{path} is damaged ({reason}). It was left untouched; restore a backup.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</source>
      <translation>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Staff and accounts</source>
      <translation>Staff and accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>This database already holds a shop; the demo needs an empty one.</source>
      <translation>This database already holds a shop; the demo needs an empty one.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>demo shop</source>
      <translation>demo shop</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="shopmanager/ui/dialogs.py" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>FirstRunForm</name>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Repeat password</source>
      <translation>&amp;Repeat password</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Shop name</source>
      <translation>&amp;Shop name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner account</source>
      <translation>Owner account</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner's &amp;name</source>
      <translation>Owner's &amp;name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Password: at least 8 characters, mixing letters with digits or symbols.</source>
      <translation>Password: at least 8 characters, mixing letters with digits or symbols.</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Shop</source>
      <translation>Shop</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</source>
      <translation>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Change password</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Create shop</source>
      <translation>Create shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Demo shop — every account has the password "{password}":
{accounts}</source>
      <translation>Demo shop — every account has the password "{password}":
{accounts}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in — ShopManager</source>
      <translation>Log in — ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Set up your shop</source>
      <translation>Set up your shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two new passwords differ.</source>
      <translation>The two new passwords differ.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This account is disabled. Ask the owner.</source>
      <translation>This account is disabled. Ask the owner.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong password. Wait {seconds} seconds before the next try.</source>
      <translation>Wrong password. Wait {seconds} seconds before the next try.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong user name or password.</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>You may try again.</source>
      <translation>You may try again.</translation>
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <location filename="login.ui" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="login.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;About ShopManager</source>
      <translation>&amp;About ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Log out</source>
      <translation>&amp;Log out</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>About ShopManager</source>
      <translation>About ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</source>
      <translation>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Cannot open the database</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Change &amp;password…</source>
      <translation>Change &amp;password…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Please choose a new password before you start (a temporary or old password must be changed).</source>
      <translation>Please choose a new password before you start (a temporary or old password must be changed).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</source>
      <translation>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>User: {name} ({role})</source>
      <translation>User: {name} ({role})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Work is still running. Stop it and close?</source>
      <translation>Work is still running. Stop it and close?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your password was changed.</source>
      <translation>Your password was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your role has no pages yet. Ask the owner.</source>
      <translation>Your role has no pages yet. Ask the owner.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} need attention</source>
      <translation>{n} need attention</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please check</source>
      <translation>Please check</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please confirm</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>ShopManager</source>
      <translation>ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: '{value}' is not an amount</source>
      <translation>{field}: '{value}' is not an amount</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: not an amount</source>
      <translation>{field}: not an amount</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Staff &amp; accounts</source>
      <translation>Staff &amp; accounts</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password is too simple: mix letters with digits or symbols.</source>
      <translation>The password is too simple: mix letters with digits or symbols.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must have at least {n} characters.</source>
      <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must not contain the user name.</source>
      <translation>The password must not contain the user name.</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Approve listing, delist</source>
      <translation>Approve listing, delist</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Change settings</source>
      <translation>Change settings</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Create and edit orders, record payments</source>
      <translation>Create and edit orders, record payments</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit customers and revisit plans</source>
      <translation>Edit customers and revisit plans</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit products, submit for review</source>
      <translation>Edit products, submit for review</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit staff records</source>
      <translation>Edit staff records</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Export or erase a customer's personal data</source>
      <translation>Export or erase a customer's personal data</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform order files</source>
      <translation>Import platform order files</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import products from Excel</source>
      <translation>Import products from Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Manage user accounts</source>
      <translation>Manage user accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Not allowed: {action}. Your role ({role}) may not do this.</source>
      <translation>Not allowed: {action}. Your role ({role}) may not do this.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Post stocktake differences</source>
      <translation>Post stocktake differences</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record inbound goods, damage, returns to supplier</source>
      <translation>Record inbound goods, damage, returns to supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales reports</source>
      <translation>Sales reports</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See cost, profit and stock value</source>
      <translation>See cost, profit and stock value</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See full phone numbers and addresses</source>
      <translation>See full phone numbers and addresses</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Ship orders</source>
      <translation>Ship orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Start stocktakes and enter counts</source>
      <translation>Start stocktakes and enter counts</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View customers</source>
      <translation>View customers</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View orders</source>
      <translation>View orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View products and stock</source>
      <translation>View products and stock</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View staff records</source>
      <translation>View staff records</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View the audit log</source>
      <translation>View the audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Your account is disabled. Ask the owner.</source>
      <translation>Your account is disabled. Ask the owner.</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Customer service</source>
      <translation>Customer service</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Operations</source>
      <translation>Operations</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Photographer / designer</source>
      <translation>Photographer / designer</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales rep</source>
      <translation>Sales rep</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Shipping clerk</source>
      <translation>Shipping clerk</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Warehouse</source>
      <translation>Warehouse</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Ask to change passwords after (days)</source>
      <translation>Ask to change passwords after (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Demo shop</source>
      <translation>Demo shop</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Inventory alerts</source>
      <translation>Inventory alerts</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Low-stock threshold (pieces)</source>
      <translation>Low-stock threshold (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Nothing changed.</source>
      <translation>Nothing changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Orders and shipping</source>
      <translation>Orders and shipping</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Return address</source>
      <translation>Return address</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Same-day dispatch cut-off</source>
      <translation>Same-day dispatch cut-off</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Save settings</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop name</source>
      <translation>Shop name</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop phone</source>
      <translation>Shop phone</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop profile</source>
      <translation>Shop profile</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Slow mover: no sale for (days)</source>
      <translation>Slow mover: no sale for (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>These settings are shared by every PC of the shop.</source>
      <translation>These settings are shared by every PC of the shop.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Unknown setting '{key}'.</source>
      <translation>Unknown setting '{key}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Warn of expiry within (days)</source>
      <translation>Warn of expiry within (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: at most {n} characters.</source>
      <translation>{name}: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a time like 16:00.</source>
      <translation>{name}: enter a time like 16:00.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole number.</source>
      <translation>{name}: enter a whole number.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must be between {low} and {high}.</source>
      <translation>{name}: must be between {low} and {high}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must not be empty.</source>
      <translation>{name}: must not be empty.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: not one of the choices.</source>
      <translation>{name}: not one of the choices.</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Name: 1 to 40 characters.</source>
      <translation>Name: 1 to 40 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>{name} left; {n} account(s) disabled</source>
      <translation>{name} left; {n} account(s) disabled</translation>
    </message>
  </context>
  <context>
    <name>StaffMemberForm</name>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Hire date</source>
      <translation>&amp;Hire date</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Phone</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Exporting to Excel…</source>
      <translation>Exporting to Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Search…  (Ctrl+F)</source>
      <translation>Search…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n} rows</source>
      <translation>{n} rows</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>{n} rows exported to {path}</source>
      <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>{n} rows → {file}</source>
      <translation>{n} rows → {file}</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</source>
      <translation>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="shopmanager/core/progress.py" />
      <source>Cancelled. Nothing was changed.</source>
      <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
  </context>
  <context>
    <name>UserAccountForm</name>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Staff member</source>
      <translation>&amp;Staff member</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Temporary password</source>
      <translation>&amp;Temporary password</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>The user must change this temporary password at first login.</source>
      <translation>The user must change this temporary password at first login.</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Choose a password different from the current one.</source>
      <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable / enable</source>
      <translation>Disable / enable</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable the account {name}? They can no longer log in; their records stay.</source>
      <translation>Disable the account {name}? They can no longer log in; their records stay.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit staff member</source>
      <translation>Edit staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Enter the owner's name.</source>
      <translation>Enter the owner's name.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Last login</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark as left…</source>
      <translation>Mark as left…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark {name} as left today? Their accounts are disabled.</source>
      <translation>Mark {name} as left today? Their accounts are disabled.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account</source>
      <translation>New account</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account…</source>
      <translation>New account…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New role of {name}:</source>
      <translation>New role of {name}:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member</source>
      <translation>New staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member…</source>
      <translation>New staff member…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Permission</source>
      <translation>Permission</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Roles &amp; permissions</source>
      <translation>Roles &amp; permissions</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select a staff member first.</source>
      <translation>Select a staff member first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select an account first.</source>
      <translation>Select an account first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Temporary password for {name} (they must change it at next login):</source>
      <translation>Temporary password for {name} (they must change it at next login):</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>That staff member no longer exists.</source>
      <translation>That staff member no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>That user account no longer exists.</source>
      <translation>That user account no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>The current password is wrong.</source>
      <translation>The current password is wrong.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>The password of {name} was reset.</source>
      <translation>The password of {name} was reset.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>The shop needs at least one active owner account.</source>
      <translation>The shop needs at least one active owner account.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>The user name '{name}' is taken.</source>
      <translation>The user name '{name}' is taken.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This shop is already set up. Log in instead.</source>
      <translation>This shop is already set up. Log in instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Unknown role '{role}'.</source>
      <translation>Unknown role '{role}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>User name: 2 to 40 characters, no spaces.</source>
      <translation>User name: 2 to 40 characters, no spaces.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>You cannot disable your own account.</source>
      <translation>You cannot disable your own account.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>changed own password</source>
      <translation>changed own password</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>password reset by {name}</source>
      <translation>password reset by {name}</translation>
    </message>
  </context>
</TS>
