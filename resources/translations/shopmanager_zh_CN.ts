<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Audit</name>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Carrier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Erased</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Import mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Inbound receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Left the shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Logged in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Login failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Old → new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Posted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Revisit plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Search summary and changes…  (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stock movement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Stocktake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User account</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} created; it must change its password at first login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} disabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Accounts (password: {password}):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Database: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Demo shop created in {db}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No account named {user}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for the owner account: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for {user}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Shop '{shop}' created in {db}. Owner account: {owner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>ShopManager: the shop's back office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Temporary password for {user}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>This command changes data: name the acting user with --user NAME.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>check the database: integrity, foreign keys, schema, stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create a demo shop with realistic data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create the shop and the owner account (first run)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disable an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>do nothing if the database holds a shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>language of messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>list accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of products</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's real name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>shop name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>user accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{db} already holds a shop. Use another --db for the demo.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangePasswordForm</name>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Current password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Repeat new password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Check</name>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Foreign keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Schema version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Stock equals the sum of movements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found} (this program: {known})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{n} broken references</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot create the folder {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path} for writing ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>No database is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>PostgreSQL refused the user name or password for {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL address needs a database name: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The folder {path} is read-only: the database cannot be created there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>There is no database at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/migrations.py" />
      <source>This database was not made by ShopManager (it has other tables). It was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/migrations.py" />
      <source>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Unknown kind of database address: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is damaged ({reason}). It was left untouched; restore a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Staff and accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>This database already holds a shop; the demo needs an empty one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>demo shop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="shopmanager/ui/dialogs.py" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstRunForm</name>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Repeat password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Shop name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner's &amp;name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Password: at least 8 characters, mixing letters with digits or symbols.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Change password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Create shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Database: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Demo shop — every account has the password "{password}":
{accounts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in — ShopManager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Set up your shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two new passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This account is disabled. Ask the owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong password. Wait {seconds} seconds before the next try.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>You may try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <location filename="login.ui" />
      <source>&amp;Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="login.ui" />
      <source>&amp;User name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;About ShopManager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Log out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>About ShopManager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Cannot open the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Change &amp;password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Database: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Please choose a new password before you start (a temporary or old password must be changed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>User: {name} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Work is still running. Stop it and close?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your password was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your role has no pages yet. Ask the owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} need attention</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>ShopManager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: '{value}' is not an amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: not an amount</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Staff &amp; accounts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password is too simple: mix letters with digits or symbols.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must have at least {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must not contain the user name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Approve listing, delist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Change settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Create and edit orders, record payments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit customers and revisit plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit products, submit for review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit staff records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Export or erase a customer's personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform order files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import products from Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Manage user accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Not allowed: {action}. Your role ({role}) may not do this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Post stocktake differences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record inbound goods, damage, returns to supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See cost, profit and stock value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See full phone numbers and addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Ship orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Start stocktakes and enter counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View products and stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View staff records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Your account is disabled. Ask the owner.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Customer service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Operations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Photographer / designer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Shipping clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Warehouse</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Ask to change passwords after (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Demo shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Inventory alerts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Low-stock threshold (pieces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Nothing changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Orders and shipping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Return address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Same-day dispatch cut-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Save settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Slow mover: no sale for (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>These settings are shared by every PC of the shop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Unknown setting '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Warn of expiry within (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: at most {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a time like 16:00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must be between {low} and {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must not be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: not one of the choices.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Name: 1 to 40 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>{name} left; {n} account(s) disabled</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StaffMemberForm</name>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>N&amp;otes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Excel files (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Export to Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export to Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Exporting to Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Search…  (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n} rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>{n} rows exported to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>{n} rows → {file}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/core/progress.py" />
      <source>Cancelled. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UserAccountForm</name>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Temporary password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>The user must change this temporary password at first login.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Choose a password different from the current one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable / enable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable the account {name}? They can no longer log in; their records stay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Enter the owner's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Last login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark as left…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark {name} as left today? Their accounts are disabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New role of {name}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Permission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Roles &amp; permissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select a staff member first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select an account first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Temporary password for {name} (they must change it at next login):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>That staff member no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>That user account no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>The current password is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>The password of {name} was reset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>The shop needs at least one active owner account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>The user name '{name}' is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This shop is already set up. Log in instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Unknown role '{role}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>User name: 2 to 40 characters, no spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>changed own password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>password reset by {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
